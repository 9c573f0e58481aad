"""dev423 items: the September 2022 war on the Kyrgyz-Tajik border (Batken, Leilek, Ak-Sai,
Dostuk, Ovchi-Kalacha, Isfara), the mass evacuation, the tolls, the aid, the returns and the
schools."""

from _wrap import item

item(
    "Kyrgyzstan says 24 killed as fighting with Tajikistan spreads",
    """BISHKEK, {{September 16, 2022}} (AFP) - Kyrgyzstan's health ministry said [[24
    people|killed;a=Kyrgyzstan's health ministry]] had been killed and [[87|injured;a=Kyrgyzstan's
    health ministry]] wounded in fighting along the border with Tajikistan that began on
    Wednesday, the worst since both became independent. The emergencies ministry said [[more than
    136,000 people|displaced;a=The emergencies ministry]] had been evacuated from the conflict zone
    in the Batken region. Officials in Bishkek said Tajik forces had brought [[about 50 armoured
    vehicles|other;a=Officials in Bishkek]] up to the border near Vorukh and were shelling the
    airport in Batken town. Tajikistan's border troops said Kyrgyz forces had shelled [[seven
    villages|other;a=Tajikistan's border troops]] in the Isfara district, killing [[one
    civilian|killed;a=Tajikistan's border troops]]. Witnesses said [[hundreds of
    cars|other;a=Witnesses]] jammed the road north out of Batken as families fled with what they
    could carry. Presidents Sadyr Japarov and Emomali Rahmon, both in Samarkand for a regional
    summit, agreed to order a ceasefire, but shooting resumed within hours.""",
)

item(
    "Kyrgyz toll rises to 59 as truce holds; Tajikistan reports 35 dead",
    """BISHKEK - Kyrgyzstan's health ministry raised its toll on Sunday to [[59
    dead|killed;a=Kyrgyzstan's health ministry]] and [[144 wounded|injured;a=Kyrgyzstan's health
    ministry]], as a ceasefire agreed on Friday evening appeared to hold. The defence ministry said
    [[37 servicemen|killed;a=The defence ministry]] were among the dead, and the border service
    listed [[14 soldiers|missing;a=the border service]] as missing. Tajikistan's foreign ministry
    said [[35 Tajik citizens|killed;a=Tajikistan's foreign ministry]] had been killed, women and
    children among them. Kyrgyzstan's prosecutor general's office said it had opened criminal
    cases over the deaths of [[12 civilians|killed;a=Kyrgyzstan's prosecutor general's office]] in
    Ak-Sai and Dostuk. A minibus carrying evacuees was hit by a shell near Ak-Sai on Friday,
    killing [[three passengers|killed;a=a regional official]], a regional official told
    AKIpress.""",
)

item(
    "In Ak-Sai, little is left standing",
    """AK-SAI, Kyrgyzstan - The village head, Abdimalik Toktorov, said [[more than 90
    houses|housing;a=Abdimalik Toktorov;alt=The village head]] in Ak-Sai had burned down and
    [[about 150|housing;u=structure;a=Abdimalik Toktorov;alt=The village head]] were damaged after
    Tajik troops entered the village on {{September 16}}. At the Dostuk market on the road to
    Isfara, [[almost 200 shops and stalls|housing;u=structure;n=shops and stalls;a=traders]] were
    looted and set on fire, traders said. Residents said they had found [[the bodies of four
    men|killed;a=Residents]] in a burned house at the edge of the village, and that [[two elderly
    shepherds|kidnapped;a=Residents]] had been taken away by soldiers. [[Two dozen
    cows|other;u=other]] lay dead in the fields, and [[hundreds of sheep|other]] had been driven
    off. Before the fighting, [[some 3,000 people|civilians]] lived in Ak-Sai; on Monday, few had
    come back to look at their homes.""",
)

item(
    "Tajikistan says Kyrgyz drone hit mosque in Ovchi-Kalacha",
    """DUSHANBE - Tajikistan's State Committee for National Security said on Saturday that a
    Kyrgyz Bayraktar {{TB2}} drone had struck a mosque under construction in Ovchi-Kalacha,
    killing [[nine people|killed;a=Tajikistan's State Committee for National Security]] and
    wounding [[a further 11|injured;a=Tajikistan's State Committee for National Security]].
    Regional authorities in Sughd said [[about 1,200 residents|displaced;a=Regional authorities in
    Sughd]] of Ovchi-Kalacha, Khojai A'lo and Chorkuh had been moved to schools in Isfara and
    Kanibadam, and that [[41 houses|housing;a=Regional authorities in Sughd]] had been hit. The
    committee said Kyrgyz forces had fired [[more than 70 rockets|other;a=The committee;alt=Tajikistan's
    State Committee for National Security]] at villages on the Tajik side. Kyrgyzstan denied
    targeting civilians and said the drone had hit a Tajik firing position. On Monday, Tajikistan
    put its overall toll at [[41 dead|killed;a=Tajikistan]], the first figure it had given since
    the fighting began.""",
)

item(
    "Rockets hit Batken town as residents flee north",
    """BATKEN - Rockets hit [[two houses|housing]] and a petrol station on the edge of Batken town
    on Friday morning, and the regional administration said [[three people|killed;a=the regional
    administration]] were killed, a {{12-year-old}} girl among them. About {{80 per cent}} of
    [[the town's 27,000 residents|civilians;a=the mayor's office]] had left by nightfall, the
    mayor's office estimated. At the airport, [[300-400 people|displaced]] waited for seats on
    flights to Bishkek that never came. The emergencies ministry sent [[25 buses|other]] to take
    people north to Osh, and Kyrgyz Railways added [[two extra trains|other;u=other]] from
    Jalal-Abad. "We slept in the car for {{two nights}}," said Nurlan Abdykadyrov, {{34}}, a
    teacher who drove [[six relatives|displaced]] to Kyzyl-Kiya.""",
)

item(
    "Red Crescent and UN agencies step up aid to Batken evacuees",
    """The Red Crescent Society of Kyrgyzstan said on {{September 20}} that its volunteers had
    delivered [[18 tonnes of food|aid;n=tonnes;a=The Red Crescent Society of Kyrgyzstan]] and
    [[3,500 blankets|aid;a=The Red Crescent Society of Kyrgyzstan]] to evacuation points in the
    Batken and Leilek districts. The World Food Programme said it planned to reach [[about 30,000
    people|aid;p;a=The World Food Programme]] with food assistance over the next {{30 days}}.
    According to the Cabinet, [[about 6,000 evacuees|displaced;a=the Cabinet]] were staying in [[78
    temporary accommodation points|capacity;a=the Cabinet]], the rest with relatives or in rented
    flats in Osh and Jalal-Abad. UNICEF said it had sent [[10 large tents|aid;a=UNICEF]] for
    child-friendly spaces. [[Forty-two trucks|aid]] of goods donated by businesses and private
    citizens reached Batken from Bishkek in {{two days}}.""",
)

item(
    "Most Batken evacuees have gone home, ministry says",
    """Kyrgyzstan's emergencies ministry said on {{September 27}} that [[about 71,000
    people|returned;a=Kyrgyzstan's emergencies ministry]] had gone back to their villages in the
    Batken and Leilek districts, but [[some 4,100|displaced;a=Kyrgyzstan's emergencies ministry]]
    whose homes were destroyed or lie close to the front line remained in temporary shelters. The
    ministry counted [[492 damaged houses|housing;a=The ministry;alt=Kyrgyzstan's emergencies
    ministry]] in both districts, [[128|housing;u=structure;a=The ministry;alt=Kyrgyzstan's
    emergencies ministry]] of them destroyed. [[Tens of thousands of people|returned]] went home
    over the weekend alone, as buses ran back from Osh and Jalal-Abad. Schools reopened in [[22
    villages|other]] on Monday, but [[seven schools|other]] in Ak-Sai, Dostuk and Ak-Tatyr remain
    shut, and their pupils are being taught in neighbouring villages in double shifts.""",
)

item(
    "Human Rights Watch says Tajik forces killed civilians in Kyrgyz villages",
    """Human Rights Watch said in a report on {{May 2, 2023}} that Tajik forces had committed
    apparent war crimes during the {{September 2022}} fighting, including the killing of [[10
    civilians|killed;a=Human Rights Watch]] in Kyrgyz villages. The group said its researchers had
    interviewed [[more than 80 people|other;a=The group;alt=Human Rights Watch]] in Batken and
    Leilek. It documented the destruction of [[more than 300 homes|housing;a=Human Rights Watch]],
    [[two schools|housing;a=Human Rights Watch]] and [[a dozen shops|housing;a=Human Rights Watch]]
    in Ak-Sai, Dostuk and Ak-Tatyr, much of it after the villages had emptied. The researchers also
    examined Tajik allegations and found that Kyrgyz shelling had killed [[at least three
    civilians|killed;a=The researchers]] in Ovchi-Kalacha. Neither government responded to the
    report's findings. Kyrgyz authorities say [[63 people|killed;a=Kyrgyz authorities]] died on
    their side.""",
)

item(
    "Bishkek says Tajikistan massed troops and armour before the attack",
    """Kyrgyzstan said on Friday that Tajikistan had deployed [[up to 3,000
    troops|combatants;a=Kyrgyzstan]], [[about 40 tanks and armoured vehicles|other;n=tanks and
    armoured vehicles;a=Kyrgyzstan]] and multiple rocket launchers along the disputed section of
    the border. Kamchybek Tashiev, head of the State Committee for National Security, said [[about
    1,000 volunteers|combatants;a=Kamchybek Tashiev]] had joined the army in Batken. The defence
    ministry called up [[more than 2,500 reservists|combatants]] from the Osh and Jalal-Abad
    regions. Tajikistan's border troops said Kyrgyz forces had brought [[22 armoured
    vehicles|other;a=Tajikistan's border troops]] up to the line near Vorukh. The Kyrgyz border
    service said [[four Tajik drones|other;a=The Kyrgyz border service]] had been shot down over
    Batken since Wednesday.""",
)

item(
    "UN: 140,000 displaced at height of Kyrgyz-Tajik fighting",
    """The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a flash update on
    {{September 23}} that [[an estimated 140,000 people|displaced;a=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] had been displaced in the Batken and Leilek
    districts at the height of the fighting. According to the update, [[about 2,200
    people|displaced;a=the update;alt=The UN Office for the Coordination of Humanitarian Affairs
    (OCHA)]] remained in [[35 collective centres|capacity;a=the update;alt=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] and [[1,069 houses|housing;a=the update;alt=The
    UN Office for the Coordination of Humanitarian Affairs (OCHA)]] had been damaged or destroyed.
    The UN and its partners aim to reach [[up to 50,000 people|aid;p;a=The UN and its partners]]
    with shelter, food and cash over {{three months}}, at a cost of {{$4.1 million}}. Needs
    include [[2,000 winterised tents|aid;p]] and heating for homes before temperatures fall below
    {{minus 10C}}. [[About 9,000 children|civilians]] have had their schooling disrupted.""",
)

item(
    "Japarov promises new houses and a school for Ak-Sai",
    """AK-SAI, Kyrgyzstan - President Sadyr Japarov told residents of Ak-Sai on Saturday that the
    state would build [[450 new houses|housing;p;a=President Sadyr Japarov]] for families whose
    homes were destroyed. He said a school for [[1,200 pupils|capacity;p;a=President Sadyr
    Japarov]] would be ready in the village by {{September 1}} next year. The government will also
    move [[about 300 families|displaced;p;a=Japarov]] from houses within range of Tajik positions
    to a new settlement near Batken town, Japarov said. Officials said [[1,250
    builders|other;a=Officials]] from across the country had volunteered to work on the sites.
    [[Some 370 families|aid;p]] whose houses were damaged will receive {{200,000 soms}} each for
    repairs. [[Sixteen families|returned]] have already moved back into homes they patched up
    themselves.""",
)

item(
    "Neighbours send trucks, tents and medicines to Batken",
    """Uzbekistan sent [[40 trucks|aid;a=the Uzbek emergencies ministry]] carrying [[about 600
    tonnes|aid;a=the Uzbek emergencies ministry]] of flour, sugar, oil and building materials to
    Batken, the Uzbek emergencies ministry said. Kazakhstan's emergencies ministry said it had
    flown in [[18 tonnes|aid;a=Kazakhstan's emergencies ministry]] of medicines and medical
    equipment. Turkey's disaster agency AFAD said it had sent [[1,000 tents|aid;a=Turkey's disaster
    agency AFAD]] and [[5,000 blankets|aid;a=Turkey's disaster agency AFAD]], and China's embassy
    handed over [[2,000 food kits|aid]]. The aid had reached [[about 12,000 families|aid;a=Kyrgyz
    officials]] in the first week, Kyrgyz officials said.""",
)

item(
    "On the Tajik side, Isfara counts its losses",
    """ISFARA, Tajikistan - Officials in Dushanbe have said little about the fighting, but the
    Isfara district administration said [[about 5,000 people|displaced;a=the Isfara district
    administration]] had left Chorkuh, Surkh and Ovchi-Kalacha for relatives' homes in Isfara and
    Kanibadam. The Red Crescent Society of Tajikistan said it had registered [[1,460
    households|civilians;a=The Red Crescent Society of Tajikistan]] affected by the fighting and
    handed out [[840 food parcels|aid;a=The Red Crescent Society of Tajikistan]]. State television
    reported that [[more than 50 buildings|housing;a=State television]] in Ovchi-Kalacha had been
    damaged, among them a school and a clinic. [[Between 15 and 20 wounded|injured]] were still
    being treated in the regional hospital in Khujand. In Chorkuh, [[three families|displaced]]
    were living in the village mosque because their houses had no roofs.""",
)

item(
    "Bodies and captives handed back across the border",
    """The Kyrgyz border service said on {{October 3}} that Tajikistan had handed back [[the bodies
    of two servicemen|killed;a=The Kyrgyz border service]] and freed [[five
    civilians|kidnapped;a=The Kyrgyz border service]] who had been held since Tajik troops entered
    Ak-Sai. In exchange, Kyrgyzstan handed over [[four Tajik soldiers|other]] captured near
    Dostuk. The border service said [[11 people|missing;a=The border service;alt=The Kyrgyz border
    service]] were still missing, [[three women|missing;a=The border service;alt=The Kyrgyz border
    service]] among them. Relatives of [[three men|kidnapped;a=Relatives]] taken from a farm near
    Dostuk say they were last seen being led across the border. The Tajik side said [[two of its
    citizens|missing;a=The Tajik side]] were unaccounted for.""",
)

item(
    "Batken schools damaged, thousands of pupils taught in shifts",
    """BATKEN, {{October 10, 2022}} - Batken's education department said [[14
    schools|housing;a=Batken's education department]] in the region had been damaged in the
    fighting and [[three|housing;u=structure;a=Batken's education department]] destroyed, while
    [[11 others|other;n=-;u=structure;a=Batken's education department]] stay closed because they
    lie within range of the border. [[About 4,000 pupils|other;a=the department;alt=Batken's
    education department]] from those schools are being taught in neighbouring villages in double
    shifts, the department said. UNICEF said it had provided [[26 tents|aid;a=UNICEF]] to serve as
    temporary classrooms and [[300 sets|aid;a=UNICEF]] of school furniture. [[More than 60
    teachers|displaced]] whose houses burned are living with relatives in Batken town.""",
)

item(
    "Flour prices jump in Batken as border stays shut",
    """BATKEN, {{October 5, 2022}} - The price of a {{50-kg}} sack of flour in Batken has risen to
    {{2,300 soms}} from {{1,900 soms}} since the fighting closed the border, a rise of about
    {{21%}}, traders said. Fuel is up {{12%}} in a fortnight, and the som has weakened to {{84.5
    soms}} to the dollar. Traders at the central bazaar said sales had fallen by {{half}} since
    {{September 14}}. The economy ministry expects inflation in the region to reach {{15%}} by
    the end of {{2022}}.""",
)

item(
    "Kyrgyz and Tajik border delegations meet again",
    """BATKEN, {{November 2, 2022}} - Kyrgyz and Tajik government delegations met in Batken on
    Wednesday for their first border talks since the September fighting, the {{212th}} meeting of
    the joint commission since {{2002}}. The talks began at {{10am}} and lasted more than {{six
    hours}}, officials said. Delegates discussed a {{3-km}} stretch of road near Dostuk that crosses
    the line {{twice}}. The next meeting is scheduled for {{December 12}} in Dushanbe.""",
)
