"""dev367 items, part 1: shelling across the Line of Control and the International Border,
bunkers, evacuations and returns in the border villages, 2014-2026."""

from _wrap import item

item(
    "Arnia empties as Rangers shell border hamlets",
    """[[Nearly 40,000 people|displaced;a=officials]] have fled villages along the International
    Border in Jammu's RS Pura, Arnia and Suchetgarh belts since Pakistani Rangers began shelling
    last week, officials said. The deputy commissioner of Jammu told reporters that [[about 9,000
    evacuees|displaced;a=deputy commissioner of Jammu]] were staying in [[21 relief
    camps|capacity;a=deputy commissioner of Jammu]] run from schools and community halls. [[Two
    BSF jawans|killed]] and [[four civilians|killed]], among them a {{17-year-old}} girl, have
    died since {{January 18}}, and [[at least 60 people|injured]] have been treated for splinter
    wounds at the Government Medical College hospital. The BSF said it had retaliated and
    destroyed [[14 Rangers posts|other;u=other;a=BSF]]. Farmers in Arnia said [[more than 120
    cattle|killed;a=Farmers in Arnia]] had been killed in the fields and byres. Schools within
    {{5 km}} of the border will stay shut until {{January 31}}, the administration said.""",
)

item(
    "Centre clears 14,460 bunkers for families on the LoC and border",
    """The Union home ministry has approved [[14,460 bunkers|capacity;u=structure;p;a=officials]]
    for families living along the Line of Control and the International Border in Jammu and
    Kashmir, at a cost of {{Rs 415.73 crore}}, officials said. The plan provides for [[13,029
    individual bunkers|capacity;u=structure;p]] of about {{160 sq ft}} and [[1,431 community
    bunkers|capacity;u=structure;p]], each of the latter meant to hold [[up to 40
    people|capacity;p]]. [[More than 7,000 bunkers|capacity;u=structure;p]] are earmarked for
    Poonch and Rajouri, where the firing has been heaviest. A senior official in the divisional
    commissioner's office said [[about 4,100|capacity;u=structure;n=-;a=senior official in the
    divisional commissioner's office]] had been completed so far, most of them in Jammu and
    Samba. By the government's estimate, [[more than 4 lakh people|civilians;v=400000;a=government]]
    live within range of Pakistani guns. Work is due to finish by {{March 2019}}.""",
)

item(
    "Poonch counts its dead after a night of shelling",
    """Pakistani shelling on Poonch town and nearby villages killed [[at least 13
    civilians|killed;a=police]], including [[four children|killed;a=police]], and wounded [[57
    others|injured;a=police]], police said on {{May 7}}. The army said [[one
    soldier|killed;a=army]], a lance naik of an artillery regiment, had also been killed. Shells
    struck a gurdwara, a madrasa and [[dozens of houses|housing]] in the old town, and district
    officials said [[more than 300 families|displaced;a=district officials]] had moved to
    relatives' homes in Surankote and Mendhar. [[Two people|missing]] were unaccounted for after a
    shell hit a house in Kunni, where rescuers were still digging by evening. Residents said the
    firing began around {{1 am}} and went on for nearly {{six hours}}. The deputy commissioner
    said [[40 ambulances|other;a=deputy commissioner]] and [[120 medical staff|other;a=deputy
    commissioner]] had been sent to the town from Jammu and Rajouri.""",
)

item(
    "Uri's border families go home as guns fall silent",
    """[[Hundreds of families|returned]] who fled Uri's border villages during four days of
    Pakistani shelling began returning home on {{Sunday}}, a day after the two armies agreed to
    stop firing. Baramulla district officials said [[about 1,800 people|returned;a=Baramulla
    district officials]] had gone back to Kamalkote, Salamabad and Gingal by evening, while
    [[nearly 600|displaced;n=-;a=Baramulla district officials]] remained in government shelters
    in Baramulla town. Shelling between {{May 7}} and {{May 10}} killed [[five civilians|killed]]
    in Uri, among them a {{45-year-old}} woman hit while fleeing by car. It damaged [[at least 160
    houses|housing;a=revenue department]], according to a preliminary assessment by the revenue
    department. [[Forty-two|housing;u=structure;n=-]] were destroyed outright. Officials said
    [[2,700 tarpaulin sheets|aid;a=Officials]] and [[900 ration kits|aid;a=Officials]] had been
    handed out at the tehsil office.""",
)

item(
    "ISPR says Indian firing killed four civilians in Neelum valley",
    """Indian firing across the Line of Control killed [[four civilians|killed;a=Inter-Services
    Public Relations (ISPR)]] and wounded [[11|injured;n=-;a=Inter-Services Public Relations
    (ISPR)]] in the Neelum valley and Nakyal sectors, the Inter-Services Public Relations (ISPR)
    said on {{Saturday}}. The military's media wing said Pakistani troops had responded
    "effectively", killing [[five Indian soldiers|killed;a=military's media wing;alt=Inter-Services
    Public Relations (ISPR)]] and damaging several posts. India's army denied losing any men. In
    Muzaffarabad, the AJK State Disaster Management Authority said [[about 2,300
    families|displaced;a=AJK State Disaster Management Authority]] from villages near the LoC had
    moved to safer areas and [[67 houses|housing;a=AJK State Disaster Management Authority]] had
    been damaged since {{January 1}}. Traffic into the valley was halted, and [[some 400
    tourists|displaced]] were escorted out by road to Muzaffarabad.""",
)

item(
    "Ceasefire violations hit highest level since 2003 accord",
    """The Indian Army recorded [[5,133 ceasefire violations|other;u=other;a=Indian Army]] along the
    Line of Control in {{2020}}, the most since the {{2003}} ceasefire, according to figures
    released in {{January}}. Home ministry data showed [[24 security personnel|killed;a=Home
    ministry data]] and [[22 civilians|killed;a=Home ministry data]] were killed in the firing,
    while [[more than 70 civilians|injured;a=Home ministry data]] were wounded. In Nowshera and
    Sunderbani, where [[about 35,000 people|civilians]] live within {{3 km}} of the LoC, schools
    lost nearly {{90 days}} of teaching. Rajouri's district administration said it had built
    [[1,790 individual bunkers|capacity;u=structure;a=Rajouri's district administration]] and
    [[188 community bunkers|capacity;u=structure;a=Rajouri's district administration]] in the
    two sectors. Villagers in Kalsian said the bunkers leak and are often full of snakes.""",
)

item(
    "Keran families return to find homes in ruins",
    """{{Three weeks}} after India and Pakistan recommitted to the {{2003}} ceasefire, Kupwara's
    deputy commissioner said [[about 150 families|returned;a=Kupwara's deputy commissioner]] had
    gone back to Keran, Kundian and Janwai, while [[around 40|displaced;u=household;n=-;a=Kupwara's
    deputy commissioner]] were still living with relatives in Kralpora. Residents said [[at least
    60 houses|housing;a=Residents]] in the three villages had been damaged by shelling last year,
    [[19|housing;u=structure;n=-;a=Residents]] of them beyond repair. The revenue department said
    compensation of {{Rs 1.3 lakh}} for each fully damaged house had been sanctioned for [[112
    households|aid;a=revenue department]]. Keran saw [[more than 90 ceasefire
    violations|other;u=other]] in {{2020}}. Teachers said [[some 200 pupils|other;a=Teachers]] were
    back in class at the middle school, shut for {{seven months}}.""",
)

item(
    "A night in the bunker: Balakote waits out the shells",
    """When the shelling started just after midnight, [[twenty-two people|displaced]] crowded into
    the community bunker below the panchayat ghar in Balakote, built for [[30|capacity;n=-]].
    Sarpanch Mohammad Aslam said the village has [[only 11 bunkers|capacity;u=structure;a=Sarpanch
    Mohammad Aslam]] for [[about 3,500 residents|civilians;a=Sarpanch Mohammad Aslam]]. [[A dozen
    families|displaced]] without a bunker nearby walked {{4 km}} to higher ground at Gursai. The
    army's White Knight Corps said on X that it had evacuated [[63 people|displaced;a=White Knight
    Corps]] from forward hamlets by {{6 am}}. [[Two women|injured]] were hurt when a shell hit a
    cowshed, and [[seven goats|killed]] died inside it. "We have lived like this since {{1999}},"
    said Aslam, {{61}}.""",
)

item(
    "Hiranagar villages emptied as BSF and Rangers trade fire",
    """The BSF said Pakistani Rangers had fired on [[40 border outposts|other;a=BSF]] in the
    Hiranagar and Samba sectors overnight, using mortars as well as small arms. Kathua's
    administration said [[more than 10,000 people|displaced;a=Kathua's administration]] from [[26
    villages|displaced;u=other;a=Kathua's administration]] had left their homes. [[Two
    civilians|killed]], a {{60-year-old}} farmer and his grandson, were killed in Pansar, and
    [[nine|injured;n=-]] were injured. Officials said [[32 schools|other;a=Officials]] had been
    closed, [[four|capacity;u=structure;n=-;a=Officials]] of them turned into relief camps. [[About
    1,500 people|displaced]] were staying at the camps on {{Friday}}, the rest with relatives in
    Kathua town.""",
)

item(
    "AJK says thousands fled LoC villages after Indian strikes",
    """Indian shelling along the Line of Control killed [[at least 15
    civilians|killed;a=government of Pakistan-administered Kashmir]] and wounded [[43|injured;n=-;a=government
    of Pakistan-administered Kashmir]] in Kotli, Bagh,
    Muzaffarabad and the Neelum valley, the government of Pakistan-administered Kashmir said. The
    State Disaster Management Authority said [[tens of thousands of people|displaced;a=State
    Disaster Management Authority]] had fled villages within {{5 km}} of the LoC, [[about
    12,000|displaced;n=-;a=State Disaster Management Authority]] of them to [[46 relief
    camps|capacity;a=State Disaster Management Authority]] in Muzaffarabad and Bagh. The ISPR said
    [[five soldiers|killed;a=ISPR]] had been martyred in Indian fire. The Neelum valley, which drew
    [[more than 1m tourists|other]] last year, was ordered shut to visitors. Schools in {{10 km}}
    of the frontier were closed for {{a week}}.""",
)

item(
    "Army chief says six to ten Pakistani soldiers killed in Tangdhar retaliation",
    """Army chief Gen Bipin Rawat said [[between six and ten Pakistani soldiers|killed;q=range;v=6;lo=6;hi=10;a=Gen
    Bipin Rawat]] were killed and [[three launch pads|other;u=other;a=Gen Bipin Rawat]] destroyed when
    Indian artillery hit targets opposite Tangdhar in the Neelum valley. The strikes followed
    Pakistani fire that killed [[two soldiers|killed]] and [[one civilian|killed]] in Tangdhar on
    {{Saturday}}. In the village, [[about 400 residents|displaced]] took shelter in [[three
    government schools|capacity]] lower down the valley. [[At least 25 houses|housing;a=tehsildar]]
    were damaged, the tehsildar said. The ISPR said [[nine civilians|killed;a=ISPR]] had been killed
    on its side of the line and denied any launch pads existed.""",
)

item(
    "Omar promises thousands of new bunkers after May shelling",
    """The Jammu and Kashmir government will build [[about 9,500 new
    bunkers|capacity;u=structure;p;a=Chief Minister Omar Abdullah]] in Poonch, Rajouri, Kupwara and
    Baramulla, Chief Minister Omar Abdullah said on {{May 24}}. Officials said the existing [[8,600
    bunkers|capacity;u=structure;a=Officials]] had sheltered [[more than 60,000
    people|displaced;a=Officials]] during the four days of shelling. In Poonch alone, [[over 25,000
    people|displaced]] left for Jammu. Each new community bunker will hold [[50 to 60
    people|capacity;p]]. Abdullah said [[21 civilians|killed;a=Abdullah]] had died in the Union
    territory and [[about 1,400 houses|housing;a=Abdullah]] had been damaged. Relief of {{Rs 2
    lakh}} has been announced for each fully damaged home.""",
)

item(
    "Akhnoor schools reopen as border families come back",
    """Schools in Akhnoor's border belt reopened on {{May 29}} after [[about 7,000
    residents|returned;a=Jammu divisional commissioner]] returned home, the Jammu divisional
    commissioner said, adding that nearly {{90%}} of those who had left were back. [[Some 350
    families|displaced]] from Pallanwala were still in camps because their houses had no roofs.
    The Red Cross and local groups distributed [[1,100 hygiene kits|aid]] and [[600 solar
    lamps|aid;u=other]]. Army engineers repaired [[43 houses|housing;a=army]] in Khour and
    Pargwal, the army said. Engineers from the education department said [[eight school
    buildings|housing;a=Engineers from the education department]] had been hit by splinters.""",
)

item(
    "Pakistan says India committed 2,729 ceasefire violations this year",
    """Pakistan's military said its troops had shot down [[two Indian quadcopters|other;u=other;
    a=Pakistan's military]] that crossed the Line of Control in the Rakhchikri and Khanjar
    sectors, the {{ninth}} and {{tenth}} this year. The ISPR said India had committed [[2,729
    ceasefire violations|other;u=other;a=ISPR]] since {{January 1}}, killing [[21
    civilians|killed;a=ISPR]] and seriously injuring [[206|injured;n=-;a=ISPR]]. Separately,
    India's Northern Command said Pakistani troops had fired at [[17 forward posts|other;u=other;
    a=Northern Command]] in Poonch and Kupwara overnight, wounding [[two soldiers|injured;a=Northern
    Command]]. The Foreign Office summoned India's charge d'affaires for the {{27th}} time since
    {{July}}.""",
)

item(
    "Audit finds Baramulla bunkers built late and in the wrong places",
    """An audit by the Comptroller and Auditor General found that of the [[1,500
    bunkers|capacity;u=structure;p;a=Comptroller and Auditor General]] sanctioned for Baramulla
    district in {{2018}}, [[only 640|capacity;u=structure;n=-;a=Comptroller and Auditor General]]
    had been completed by {{March 2022}}, or about {{43%}}. Contractors had been paid {{Rs 19
    crore}}. The audit said [[38 community bunkers|capacity;u=structure;a=audit]] had been built
    on low ground that floods every spring. Villagers in Silikote said [[around 700
    residents|civilians;a=Villagers in Silikote]] shared [[two bunkers|capacity;u=structure;
    a=Villagers in Silikote]]. The district administration said [[another
    300|capacity;u=structure;p;n=-;a=district administration]] would be finished by
    {{October}}.""",
)

item(
    "Cross-LoC trade suspended over 'misuse'",
    """India suspended trade across the Line of Control at Salamabad in Uri and Chakan-da-Bagh in
    Poonch from {{April 19}}, {{2019}}, saying the route was being used to smuggle weapons and
    fake currency. The barter trade, begun in {{October 2008}} as a confidence-building measure,
    ran {{four days}} a week. Traders say goods worth about {{Rs 7,500 crore}} changed hands
    over {{11 years}}, with no duty charged. Exporters in Uri said they had lost close to {{40%}} of
    their income. The crossing points lie about {{170 km}} apart.""",
)

item(
    "Five years on, the February ceasefire understanding mostly holds",
    """On {{25 February 2021}}, the directors general of military operations of India and
    Pakistan agreed to observe the {{2003}} ceasefire along the Line of Control. Five years on,
    the understanding has been broken only in the spring of {{2025}}, during the {{four-day}}
    conflict. The LoC runs for about {{740 km}} from Akhnoor to the Siachen area, and the
    International Border in Jammu for another {{198 km}}. Trade through Poonch, by contrast,
    is still suspended, now for a {{seventh}} year. Farmers in RS Pura said they had sown
    basmati on close to {{100%}} of their land in the {{2024}} kharif season.""",
)
