"""dev423 items: the April 2021 fighting on the Kyrgyz-Tajik border (Kok-Tash, Maksat, Ak-Sai,
Vorukh, Chorkuh), its evacuations, tolls and rebuilding, and the January 2022 flare-up at
Tort-Kocho."""

from _wrap import item

item(
    "Kyrgyz toll from border fighting rises to 31",
    """BISHKEK, {{May 1, 2021}} (Reuters) - The death toll from fighting on Kyrgyzstan's border
    with Tajikistan rose to [[31|killed;a=Kyrgyzstan's health ministry]], Kyrgyzstan's health
    ministry said on Saturday, and [[154 people|injured;a=Kyrgyzstan's health ministry]] were
    being treated for wounds. Tajik officials have given no national toll, but the administration
    of Isfara district told state television that [[eight people|killed;a=the administration of
    Isfara district]] had died on its side of the line. Kyrgyzstan's emergencies ministry said
    [[more than 33,000 people|displaced;a=Kyrgyzstan's emergencies ministry]] had been moved out of
    border villages in the Batken region. A ceasefire agreed on Thursday evening largely held,
    though the Kyrgyz border service said its positions came under sniper fire overnight. The
    fighting began on {{April 28}} in a dispute over a water intake on the upper Isfara river near
    the Kyrgyz village of Kok-Tash, and within hours had spread along a {{50-km}} stretch of the
    frontier. Residents said [[dozens of houses|housing;a=Residents]] and [[two
    schools|housing;a=Residents]] in Kok-Tash and Maksat had been set on fire. Tajikistan accused
    Kyrgyz forces of shelling Chorkuh, where it said [[13 homes|housing;a=Tajikistan]] had been
    hit.""",
)

item(
    "Batken evacuees crowd schools and tent camps",
    """Nearly a week after the clashes, [[some 58,000 people|displaced;a=the Ministry of Emergency
    Situations]] were still away from their homes in the Batken and Leilek districts, the
    Ministry of Emergency Situations said on {{May 4}}. Most were staying with relatives in Batken
    town, Isfana and Kyzyl-Kiya, but [[about 9,400|displaced;a=the ministry;alt=the Ministry of
    Emergency Situations]] were sleeping in [[47 schools|capacity;a=the ministry;alt=the Ministry
    of Emergency Situations]] and kindergartens turned into shelters and in [[three tent
    camps|capacity;a=the ministry;alt=the Ministry of Emergency Situations]], the ministry said.
    The Red Crescent Society of Kyrgyzstan said its volunteers had handed out [[2,600 food
    parcels|aid;a=The Red Crescent Society of Kyrgyzstan]] and [[1,150 hygiene kits|aid;a=The Red
    Crescent Society of Kyrgyzstan]] and were cooking [[about 4,000 hot meals a day|aid;a=The Red
    Crescent Society of Kyrgyzstan]]. In the largest camp, on a football pitch outside Batken
    town, [[312 families|displaced]] were sharing [[18 latrines|other]]. "We left with nothing but
    our passports," said Gulnara Toktosunova, {{46}}, who fled Kok-Tash with her children
    on Thursday night.""",
)

item(
    "In Kok-Tash, burned houses and a gutted market",
    """KOK-TASH, Kyrgyzstan - Ainura Mamytova, {{52}}, walked through the blackened rooms of her
    house on the main street of Kok-Tash, one of [[more than 120 houses|housing;a=local
    officials]] that local officials say were burned in the fighting. The village market, where
    [[about 60 shops|housing]] once sold goods to buyers from both sides of the border, was
    gutted. Batken's regional governor said [[two schools|housing;a=Batken's regional governor]]
    and [[three kindergartens|housing;u=structure;a=Batken's regional governor]] in the district
    had been damaged and [[at least 40 cars|other;a=Batken's regional governor]] burned.
    Neighbours counted [[15 to 20 cows|other;u=other;a=Neighbours]] shot dead in their stalls.
    "My husband built this house in {{1998}}, and it took him {{six years}}," Mamytova said.
    Across the Batken region, [[about 1,100 households|civilians;a=the regional administration]]
    lost property in {{three days}} of fighting, according to a preliminary count by the
    regional administration.""",
)

item(
    "Tajikistan puts its toll from the border clashes at 19",
    """DUSHANBE - Tajikistan said on Monday that [[19 people|killed;a=Tajikistan]] had been killed
    and [[87|injured;a=Tajikistan]] wounded on its side in the clashes around the enclave of
    Vorukh and the village of Khojai A'lo, its first official toll since the fighting ended.
    Tajikistan's health ministry said [[23|injured;a=Tajikistan's health ministry]] of the wounded
    were still in hospital in Isfara and Khujand. The chairman of Isfara district told the state
    news agency Khovar that [[31 houses|housing;a=The chairman of Isfara district]] had been
    destroyed in Chorkuh and Surkh and that [[about 2,000 residents|displaced;a=The chairman of
    Isfara district]] of Chorkuh had been taken to Isfara town. Dushanbe did not say how many of
    the dead were soldiers, but relatives told RFE/RL's Tajik service that [[at least
    10|killed;a=relatives]] were civilians. A mosque and [[a dozen shops|housing;a=residents]]
    near the Vorukh road were also damaged, residents said. State television showed burned cars
    and a school with its roof blown off.""",
)

item(
    "A month on, thousands of Batken evacuees are still not home",
    """A month after the clashes, [[some 41,000|returned;a=the Kyrgyz government]] of the people
    evacuated from Batken's border villages have gone home, the Kyrgyz government said on {{May
    31}}, but [[more than 4,800|displaced;a=the Kyrgyz government]] remain in schools, with
    relatives or in [[two tent camps|capacity;a=the Kyrgyz government]]. Most of those still away
    come from Kok-Tash, Maksat and Ak-Sai, where the emergencies ministry counts [[173
    houses|housing;a=the emergencies ministry]] destroyed or badly damaged. The Cabinet said [[at
    least 200 new houses|capacity;p;a=The Cabinet]] would be built in a new settlement near Batken
    town for families who do not want to go back. Schools in those villages will stay closed
    until autumn, and [[about 3,200 pupils|other]] are finishing the year in neighbouring
    villages. [[Nine families|returned;a=the village head]] went back to Maksat on Sunday alone,
    the village head said.""",
)

item(
    "Kyrgyz villagers held in Vorukh handed back",
    """[[Five Kyrgyz villagers|kidnapped;a=Kyrgyzstan's border service]] who had been held by
    residents of the Tajik enclave of Vorukh since the fighting were handed back at a crossing
    near Ak-Sai on Wednesday, Kyrgyzstan's border service said. The villagers, [[two
    women|kidnapped]] among them, had been seized while bringing cattle down from the summer
    pastures on {{April 29}}. Kyrgyz police, for their part, released [[three Tajik
    citizens|arrested]] who had been detained in Kok-Tash on suspicion of arson. The border
    service said [[two of its officers|missing;a=The border service;alt=Kyrgyzstan's border
    service]] were still unaccounted for, and Tajik border troops said [[one of their
    servicemen|missing;a=Tajik border troops]] was missing too. Relatives of [[14
    people|missing]] listed as missing on the Kyrgyz side gathered outside the regional
    administration in Batken on Thursday, demanding news.""",
)

item(
    "Batken hospital treated more than 200 wounded, doctor says",
    """BATKEN - Surgeons at the Batken regional hospital operated on [[64 patients|injured;a=Talantbek
    Sydykov]] in the first {{48 hours}} of the fighting, Talantbek Sydykov, the hospital's chief
    physician, told AKIpress. He said [[212 wounded|injured;a=Talantbek Sydykov]] had passed
    through the hospital by Sunday, [[19|injured;a=Talantbek Sydykov]] of them children, and that
    [[seven|killed;a=Talantbek Sydykov]] had died of their wounds there. The health ministry flew
    in [[28 surgeons and anaesthetists|other;n=surgeons and anaesthetists]] from Bishkek and Osh on
    military helicopters. [[More than 2,000 people|other;a=the Republican Blood Centre]] queued to
    give blood in Batken and Osh, according to the Republican Blood Centre. [[About 30
    patients|injured]] with burns and shrapnel wounds were later flown on to Bishkek.""",
)

item(
    "Troops pulled back from Batken as ceasefire holds",
    """Under the ceasefire signed in Batken on {{May 1}}, both sides agreed to pull their forces
    back to permanent bases, and the Kyrgyz defence ministry said on Tuesday it had withdrawn
    [[about 600 servicemen|combatants;a=the Kyrgyz defence ministry]] and [[14 armoured
    vehicles|other;a=the Kyrgyz defence ministry]] from the Batken district. Tajikistan's border
    troops said [[up to 1,000 soldiers|combatants;a=Tajikistan's border troops]] sent to Isfara
    during the fighting had gone back to their barracks. Joint patrols of [[20 border
    guards|combatants;p]] from each side will watch the line near the disputed water intake, and
    the commissions agreed to set up [[four joint checkpoints|other;p]] on the roads into Vorukh.
    The interior ministry said it had registered [[more than 3,000 volunteers|combatants;a=The
    interior ministry]] for local defence units in Batken, most of whom have since been sent
    home. Kyrgyz commentators criticised the pull-back, noting that Tajik positions on the hills
    above Kok-Tash were still manned.""",
)

item(
    "UNICEF: 12,000 children live in villages hit by fighting",
    """UNICEF said on {{May 7}} that [[some 12,000 children|civilians;a=UNICEF]] lived in the
    villages hit by the fighting in Batken and that [[about 3,700|displaced;a=UNICEF]] of them had
    been evacuated. The agency said [[six schools|housing;a=The agency;alt=UNICEF]] had been
    damaged, [[two|housing;u=structure;a=The agency;alt=UNICEF]] of them beyond repair, and that
    it had delivered [[500 school kits|aid;a=The agency;alt=UNICEF]] and [[40 recreation
    kits|aid;a=The agency;alt=UNICEF]] to the district education department. Psychologists sent
    by the health ministry had seen [[more than 900 children|aid;a=the health ministry]] in the
    first week, the health ministry said. "Children who saw their homes burn need help now, not
    in {{six months}}," UNICEF's representative in Bishkek said in a statement.""",
)

item(
    "Compensation paid to 1,742 Batken families",
    """BISHKEK, {{June 22, 2021}} - The Kyrgyz government has paid compensation to [[1,742
    families|aid;a=the Cabinet]] whose homes or property were damaged in the April clashes, the
    Cabinet said on Tuesday. Payments ranged from {{50,000 soms}} to {{1m soms}} depending on the
    damage. Families of [[the 36 people|killed]] killed on the Kyrgyz side each received {{3m
    soms}}, and [[more than 180 wounded|injured]] were paid {{100,000 soms}} each. The state
    housing fund said [[96 houses|housing;a=The state housing fund]] were being rebuilt and [[a
    further 77|housing;u=structure;p;a=The state housing fund]] would be repaired before winter.
    [[About 320 tonnes|aid]] of coal were distributed to households in the border villages.""",
)

item(
    "Security service detains four over border posts",
    """Kyrgyzstan's State Committee for National Security (GKNB) said on {{May 12}} it had
    detained [[four people|arrested;a=Kyrgyzstan's State Committee for National Security (GKNB)]]
    accused of inciting ethnic hatred in social media posts about the border clashes. Police in
    Batken said they had detained [[11 men|arrested;a=Police in Batken]] suspected of looting
    abandoned houses in Kok-Tash, and that [[seven|arrested;a=Police in Batken]] had since been
    released on bail. In Tajikistan, [[two residents of Vorukh|arrested;n=residents;a=a court in
    Isfara]] were jailed for {{15 days}} for throwing stones at Kyrgyz cars, according to a court
    in Isfara. The GKNB said [[more than 200 accounts|other;u=other;a=The GKNB]] had been blocked.
    Rights groups said [[25 to 30 people|arrested;a=Rights groups]] had been summoned or detained
    over online comments since the fighting began, and called it an attempt to silence critics
    of the government's handling of the border.""",
)

item(
    "Border guards trade fire at Tort-Kocho",
    """BATKEN, {{January 27, 2022}} - Kyrgyz and Tajik border guards exchanged fire near the
    village of Tort-Kocho on Thursday, leaving [[11 Kyrgyz servicemen|injured;a=Kyrgyzstan's
    border service]] and [[two civilians|injured;a=Kyrgyzstan's border service]] wounded,
    Kyrgyzstan's border service said. Tajikistan said [[two of its citizens|killed;a=Tajikistan]]
    had been killed and [[10|injured;a=Tajikistan]] injured. The Kyrgyz side said it had
    evacuated [[about 1,000 residents|displaced;a=The Kyrgyz side]] of Tort-Kocho and Ak-Sai as a
    precaution. [[Three houses|housing;a=local residents]] in Ak-Sai were hit by mortar rounds,
    local residents said. The shooting began after a dispute over a road built across contested
    land, and a ceasefire was agreed by {{10pm}}. It was the most serious incident on the border
    since the clashes of {{April 2021}}.""",
)

item(
    "Explainer: a frontier drawn in the 1920s",
    """Kyrgyzstan and Tajikistan share a frontier of about {{970 km}}, drawn by Soviet planners in
    {{1924}} and redrawn several times before the Soviet Union broke up in {{1991}}. By the spring
    of {{2021}}, commissions from both countries had agreed on only about {{520 km}} of it, a
    little over {{half}}, leaving the rest, much of it in the Ferghana valley, in dispute.
    Tajikistan bases its claims on maps from {{1924}} to {{1927}}, while Kyrgyzstan relies on
    those of {{1958}} to {{1959}}. The Golovnoy water intake, at the centre of the April fighting,
    sits on the Isfara river at about {{1,200 metres}} and feeds canals on both sides. Land is
    scarce: in parts of Batken, irrigated plots average less than {{0.3 hectares}}, and quarrels
    over water flare every spring.""",
)

item(
    "A year on, Kok-Tash remembers",
    """KOK-TASH, {{April 29, 2022}} - Residents of Kok-Tash gathered at {{11am}} on Friday to mark
    {{one year}} since the border fighting that burned much of the village. A black granite
    memorial, {{4 metres}} high, was unveiled beside the rebuilt school, and the village's oldest
    resident, {{91-year-old}} Zuura Abdrakhmanova, laid the first flowers. The regional
    administration said the memorial cost {{2.5m soms}}, raised by villagers and donors. Imam
    Abdyrakhman Sadykov, {{63}}, led prayers, and children released white balloons. The ceremony
    lasted {{two hours}}; in the afternoon, a football tournament held in memory of the dead ended
    {{3-1}} to the team from Maksat.""",
)

item(
    "Tajik Red Crescent delivers food and blankets to Chorkuh",
    """DUSHANBE, {{May 6, 2021}} - The Red Crescent Society of Tajikistan said it had delivered [[12
    tonnes of food|aid;n=tonnes;a=The Red Crescent Society of Tajikistan]] and [[300
    blankets|aid;a=The Red Crescent Society of Tajikistan]] to families in Chorkuh and Surkh, and
    that its volunteers were visiting [[about 450 households|aid;a=The Red Crescent Society of
    Tajikistan]] every day. The International Federation of Red Cross and Red Crescent Societies
    said it had released {{CHF 140,000}} from its emergency fund to support [[5,000
    people|aid;p;a=The International Federation of Red Cross and Red Crescent Societies]] on both
    sides of the border for {{three months}}. In Isfara, [[some 600 people|displaced;a=local
    officials]] from Chorkuh were still staying in a sanatorium and [[two schools|capacity;a=local
    officials]], local officials said. [[Twenty-seven houses|housing]] in Chorkuh were damaged
    beyond repair, and the government has promised to rebuild them before winter.""",
)

item(
    "First rebuilt houses handed over in Kok-Tash",
    """KOK-TASH, {{October 14, 2021}} - The first [[40 houses|housing]] built to replace homes
    burned in April were handed over to families in Kok-Tash on Thursday, at a ceremony attended
    by the prime minister. The Cabinet said [[136 more houses|housing;p;a=The Cabinet]] would be
    finished by the end of the year, and a new school for [[600 pupils|capacity;p]] is under
    construction in Maksat. [[About 260 families|returned;a=the district administration]] have
    moved back into repaired homes since the summer, the district administration said, but [[some
    70|displaced;u=household;a=the district administration]] are still living with relatives in
    Batken town. The government has set aside {{1.2bn soms}} for the work, and [[about 350
    builders|other]] are employed on the sites. "The walls are warm, the roof is good, but my
    orchard is gone," said Bakyt Sulaimanov, {{58}}, one of the first to receive his keys.""",
)
