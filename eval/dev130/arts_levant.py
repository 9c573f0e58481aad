"""Syrians going home from Lebanon and Turkey and leaving Idlib's camps, Lebanon's displaced in
schools and their return south, Gaza's displaced moving north and south, and Iraq's camps and
al-Hol (10 articles with figures, 1 without)."""

from _wrap import item

item(
    "Syrians head home from Lebanon, but many wait to see",
    """BEIRUT — [[Some 200,000 Syrians|returned;a=UNHCR]] have gone back from Lebanon since the
    fall of Bashar al-Assad on {{December 8, 2024}}, according to UNHCR, which cautioned that
    the figure was an estimate based on border crossings. At the Masnaa crossing on Friday
    morning, [[dozens of families|returned]] waited in cars piled with mattresses and gas
    cylinders. General Security said [[about 3,000 people a day|returned;a=General Security]]
    were leaving through Masnaa. Lebanon's government estimates that the country hosts [[about
    1.5 million Syrians|displaced;a=Lebanon's government]], [[some 755,000 of
    them|displaced;n=-;a=Lebanon's government]] registered with UNHCR. A UNHCR survey in
    {{January}} found that {{27 percent}} of refugees in Lebanon intended to go home within {{a
    year}}, up from {{2 percent}} a year earlier. In the Bekaa, where [[tens of thousands of
    refugees|displaced]] live in informal tented settlements, many said they would wait for the
    summer. "My house in Qusayr has no roof and no windows. My children are in school here,"
    said Khaled Hamoud, {{44}}, who fled in {{2013}}. The Lebanese army said it had turned back
    [[more than 1,000 Syrians|returned;a=The Lebanese army]] trying to enter the country
    illegally last month. Movement has not gone only one way: in {{March}}, [[more than 20,000
    people|displaced;a=the agency;alt=UNHCR]] fled into northern Lebanon from Syria's coast
    after a wave of killings, the agency said.""",
)

item(
    "Turkey says 250,000 Syrians have gone home since Assad's fall",
    """ISTANBUL, {{June 3}} (Reuters) - [[More than 250,000 Syrians|returned;a=Turkey's interior
    minister]] have returned home from Turkey since the fall of Bashar al-Assad, Turkey's
    interior minister said on Tuesday, as authorities opened a {{fourth}} border gate to cope
    with demand. Speaking to reporters in Ankara, the minister said [[about 1,500 people a
    day|returned;a=the minister;alt=Turkey's interior minister]] were now crossing at
    Cilvegozu, Oncupinar, Yayladagi and Akcakale. Last week [[about 7,600 people|returned]]
    crossed at Cilvegozu alone. On the first day of the Eid holiday, [[4,000
    people|returned;a=officials]] crossed, officials said. Turkey still hosts [[about 2.7
    million Syrians|displaced]] under temporary protection, down from a peak of [[3.7
    million|displaced]] in {{2021}}. [[More than 900,000 Syrian babies|other;a=officials]] have
    been born in Turkey since {{2011}}, officials say, and many have never seen Syria. The
    International Organization for Migration said it was preparing to help [[up to 1 million
    Syrians|returned;p;a=The International Organization for Migration]] go home from
    neighbouring countries this year. Turkey has also built [[some 100,000 briquette
    homes|capacity]] in the opposition-held northwest of Syria for displaced families.
    Abdulrahman, {{38}}, a tailor in Gaziantep, said he would wait until the end of the school
    year. "In Aleppo rents have tripled. Here I have work," he said. The European Union has
    spent more than {{€10 billion}} on refugees in Turkey since {{2016}}.""",
)

item(
    "With schools turned into shelters, Lebanon's displaced wait",
    """More than two weeks into Israel's bombardment of Lebanon, [[about 190,000 displaced
    people|displaced;a=the government's emergency committee]] are staying in [[973 collective
    shelters|capacity;a=the government's emergency committee]], most of them public schools,
    according to the government's emergency committee. [[Over 800 of the
    shelters|capacity;a=the committee;alt=the government's emergency committee]] have reached
    full capacity, the committee said on Thursday. Government figures put the total number of
    people displaced inside Lebanon at [[more than 1.2 million|displaced;a=Government
    figures]]. Lebanese General Security said [[more than 310,000 Syrians|returned;a=Lebanese
    General Security]] and [[about 115,000 Lebanese|displaced;a=Lebanese General Security]] had
    crossed into Syria since {{September 23}}. At a public secondary school in Ras Beirut,
    [[1,200 people|displaced;a=the school's principal]] from Nabatieh and the southern suburbs
    sleep in classrooms and corridors, the school's principal said. "We have one shower for
    each floor, and people queue from {{5 am}}," she said. The education minister said the use
    of schools as shelters meant [[about 300,000 pupils|civilians;a=The education minister]] in
    the public system could not start classes on time. UNICEF said it had delivered [[25,000
    mattresses|aid;a=UNICEF]] to the shelters. Volunteers from the neighbourhood cook for the
    displaced each evening, and the American University of Beirut has opened its gym to [[200
    families|displaced]] from Dahiyeh.""",
)

item(
    "Car horns and rubble as displaced Lebanese head back south",
    """Tyre (Lebanon) (AFP) - Cars packed with mattresses clogged the coastal highway on Wednesday
    as [[tens of thousands of displaced Lebanese|returned]] headed home hours after a ceasefire
    between Israel and Hezbollah took effect at {{4:00 am}} ({{0200 GMT}}). The International
    Organization for Migration says [[nearly 900,000 people|displaced;a=The International
    Organization for Migration]] were displaced inside Lebanon during the war. The Lebanese
    army warned residents not to return yet to [[about 60 villages|other;a=The Lebanese army]]
    near the border, where Israeli troops remain. The municipality of Nabatieh said a first
    survey had found [[about 2,000 homes|housing;a=The municipality of Nabatieh]] destroyed or
    badly damaged in the town. In Khiam, Ali Hamdan, {{56}}, stood in front of a pile of
    concrete that had been his house. "We will put up a tent on top of it if we have to," he
    said. At a school in Sidon that had sheltered [[400 people|displaced;a=a volunteer]], only
    [[40|displaced;a=a volunteer]] remained by the afternoon, a volunteer said. The health
    ministry says [[more than 3,800 people|killed;a=The health ministry]] have been killed in
    Lebanon since {{October 2023}}, including [[more than 200 children|killed;a=The health
    ministry]]. Under the truce, Israel has {{60 days}} to withdraw its forces from the south.""",
)

item(
    "Hundreds of thousands walk back to northern Gaza",
    """[[Hundreds of thousands of displaced Palestinians|returned]] streamed north along al-Rashid
    Street on Monday after Israeli forces allowed them to cross the Netzarim corridor for the
    first time in {{15 months}}. Gaza's Government Media Office said [[more than 300,000
    people|returned;a=Gaza's Government Media Office]] had crossed by evening, most of them on
    foot, carrying bags and children. Cars were sent to Salah al-Din Road, where [[thousands of
    vehicles|other]] waited for hours at an inspection point run by private contractors. "I
    walked {{7 km}} with my mother on my back, and I would walk {{100 km}} to see our street,"
    said Mahmoud Abu Odeh, {{31}}. Many returned to nothing. The UN Satellite Centre estimated
    in {{December}} that [[more than 60,000 structures|housing;a=The UN Satellite Centre]] in
    the Gaza Strip had been destroyed, about {{69 percent}} of all structures when damaged
    buildings are included. The World Food Programme said it had sent [[40 trucks|aid;a=The
    World Food Programme]] of flour to bakeries in Gaza City. Under the first phase of the
    ceasefire, Hamas has released [[seven Israeli captives|kidnapped]] and Israel has freed
    [[290 Palestinian prisoners|other]]. Gaza's health ministry says [[more than 47,000
    Palestinians|killed;a=Gaza's health ministry]] have been killed in {{15 months}} of war.""",
)

item(
    "Nearly 450,000 people have fled Rafah in a week, UNRWA says",
    """[[Nearly 450,000 people|displaced;a=UNRWA;alt=the UN agency for Palestine refugees]] have
    fled Rafah in southern Gaza since Israeli forces ordered evacuations on {{6 May}}, the UN
    agency for Palestine refugees, UNRWA, said on Tuesday. "People face constant exhaustion,
    hunger and fear. Nowhere is safe," the agency said. Before the operation, Rafah was
    sheltering [[some 1.4 million people|displaced]], more than half of Gaza's population. Most
    of those leaving headed to Khan Younis and to al-Mawasi, a strip of coastal sand that
    Israel calls a humanitarian zone, where [[tens of thousands of tents|capacity]] already
    stand. The agency estimated that [[more than 800,000 people|civilians;a=The
    agency;alt=UNRWA]] were still in Rafah. In the north, fresh evacuation orders in Jabalia
    had forced [[about 100,000 people|displaced;a=UNRWA]] from their shelters, UNRWA added. The
    World Health Organization said [[three hospitals|other;a=The World Health Organization]] in
    Rafah had stopped working. The UN humanitarian office said only [[33 aid trucks|aid;a=The
    UN humanitarian office]] had entered through Kerem Shalom since {{6 May}}. [[More than 190
    UNRWA staff|killed;a=the agency;alt=UNRWA]] have been killed since {{October}}, the agency
    said.""",
)

item(
    "In Gaza's crowded tent camps, a latrine for hundreds",
    """DEIR AL-BALAH, Gaza Strip (AP) — Samah Qudeih, {{33}}, shares a nylon tent in the dunes of
    Muwasi with [[14 relatives|displaced]]. The nearest latrine is a hole behind a sheet of
    plastic, shared by neighbours from Gaza City, Rafah and Beit Hanoun. Aid groups estimate
    that [[about 1.7 million people|displaced;a=Aid groups]] are now crammed into the area
    Israel has designated a humanitarian zone, which covers about {{11 percent}} of the Gaza
    Strip. In parts of it there is {{one latrine for every 400 people}}, the Norwegian Refugee
    Council said. The council said it had brought in [[2,000 tents|aid;a=The council;alt=the
    Norwegian Refugee Council]] in August, while [[about 8,000 more|aid;n=-;a=The
    council;alt=the Norwegian Refugee Council;u=other]] were held up at the Kerem Shalom
    crossing. The UN humanitarian office says [[about 140,000 tents|aid;p;a=The UN humanitarian
    office]] are needed before the winter rains. The World Health Organization has recorded
    [[more than 40,000 cases|other;a=The World Health Organization]] of hepatitis A in Gaza
    since the war began. Last week, the Israeli military ordered [[some 250,000
    people|displaced]] out of parts of Khan Younis, and many of them came here. "There is no
    space left, not even for a grave," Qudeih said. Before the war, [[2.1 million
    people|civilians]] lived in the Gaza Strip.""",
)

item(
    "As Iraq closes its last camps, Yazidis weigh a return to Sinjar",
    """DUHOK — The Iraqi government has set a deadline of {{30 July}} to close the [[23
    displacement camps|capacity]] that remain in the Kurdistan Region, home to [[about 130,000
    people|displaced]], most of them Yazidis from Sinjar. Baghdad is offering each returning
    family {{4 million dinars}}, about {{$3,000}}, and says it has registered [[more than 9,000
    families|returned;p;a=Baghdad]] for return. The Ministry of Migration and Displacement said
    [[1,750 families|returned;a=The Ministry of Migration and Displacement]] had left the camps
    in the past {{three months}}. In Iraq as a whole, [[more than 80 camps|capacity]] have
    closed since {{2020}}. But many Yazidis say Sinjar is not ready for them. Services are
    scarce, rival armed groups control the district, and [[an estimated 183,000
    people|displaced;a=the IOM]] from Sinjar are still displaced, according to the IOM. "My
    house in Sinune has no roof, and the school has no teacher," said Khalil Qasim, {{61}}, who
    has lived in Sharya camp for {{ten years}}. "Where do they want us to go?" When Islamic
    State overran Sinjar in {{August 2014}}, its fighters killed [[about 5,000 Yazidi
    men|killed]] and abducted [[more than 6,000 women and children|kidnapped;n=women and
    children]]. [[About 2,600 of them|missing;n=-;a=the Kurdistan Regional Government's office
    for rescued Yazidis]] are still missing, according to the Kurdistan Regional Government's
    office for rescued Yazidis. Sharya camp opened in {{2015}} on farmland outside the town of
    the same name, and its tents were replaced with concrete-block rooms in {{2017}}. [[About
    300 families|displaced;a=camp managers]] who went back to Sinjar last year have since come
    back to Sharya, camp managers say, because they found no work and no school there. Camp
    managers fear that families who cannot go home will end up in informal settlements. Several
    have asked whether they may stay on after the deadline if they pay rent to the landowners.
    "Closing a camp is easy. Ending displacement is not," said an aid worker in Duhok, who
    asked not to be named.""",
)

item(
    "Iraq brings home another batch of families from Syria's al-Hol camp",
    """BAGHDAD, {{Oct 14}} (Reuters) - Iraq repatriated [[another 188 families|returned;a=Iraq's
    Ministry of Migration and Displacement]], or [[about 700 people|returned;a=Iraq's Ministry
    of Migration and Displacement]], from Syria's al-Hol camp on Monday, Iraq's Ministry of
    Migration and Displacement said. They were taken by bus to the {{Jeddah 1}} rehabilitation
    centre south of Mosul, where they will spend several months before going back to their home
    districts. The convoy also carried [[56 men|arrested]] suspected of Islamic State
    membership, who were handed to Iraqi security forces. Since {{2021}}, Iraq has brought back
    [[more than 10,000 people|returned;a=Ahmed Khalaf;alt=ministry spokesman Ahmed Khalaf]]
    from al-Hol, ministry spokesman Ahmed Khalaf said. The camp, run by Kurdish-led authorities
    in northeast Syria, still holds [[about 40,000 people|displaced]], many of them the wives
    and children of Islamic State fighters. [[About 16,000 of them|displaced;n=-;a=the camp
    administration]] are Iraqis, according to the camp administration. {{Jeddah 1}} can hold
    [[about 2,000 people|capacity]] at a time. But [[some 300 families|displaced;a=an aid
    worker]] remain there because their tribes have refused to take them back, an aid worker
    said. The United States has urged countries to repatriate their citizens from the camps.""",
)

item(
    "Syrians leave Idlib's tent camps for ruined villages",
    """Atmeh (Syria) (AFP) - After {{eight years}} in a tent on a hillside near the Turkish
    border, Abu Ahmad loaded a rented truck with mattresses, a gas stove and a water tank and
    drove his family back to Kafranbel. His camp, al-Karama, was home to [[340
    families|displaced]] a year ago; [[about 120|displaced;u=household]] are left. [[More than
    200,000 people|returned;a=the United Nations]] have left camps in northwest Syria and gone
    back to their towns since {{December}}, according to the United Nations. But [[about 1.5
    million|displaced]] remain in the [[more than 1,000 camps|capacity]] that line the border.
    Response Coordinators, a local monitoring group, said [[some 5,000
    families|returned;a=Response Coordinators]] had left the camps around Atmeh alone. In
    Kafranbel, about {{90 percent}} of the houses have lost roofs, doors or walls. The Syria
    Civil Defence has cleared [[more than 600 unexploded munitions|other;a=the group;alt=The
    Syria Civil Defence]] in the area since {{January}}, but mines and shells killed [[14
    people|killed;a=the group;alt=The Syria Civil Defence]], including [[five
    children|killed;a=the group;alt=The Syria Civil Defence]], in {{February}}, the group said.
    Aid groups have handed out [[3,000 return kits|aid]] with tarpaulins, tools and water
    containers. "I would rather sleep under my own broken ceiling than in a tent," Abu Ahmad
    said.""",
)

item(
    "Public school year to start in November, education ministry says",
    """The Education Ministry announced on Monday that the public school year would start on
    {{November 4}}, more than {{a month}} late, after the war turned many schools into shelters
    for families who fled the south and the Bekaa. Private schools may open from {{October 14}}
    if their buildings are not being used to house displaced people. The ministry said pupils
    whose schools are shelters would be taught in the afternoons in other buildings, and that
    online classes would be offered to students who are still displaced. Teachers will receive
    a monthly incentive of {{$300}} on top of their salaries. The school year will end on
    {{June 30, 2025}}. Public school teachers went on strike for {{six weeks}} in {{2023}} over
    pay eroded by the collapse of the pound, which has lost {{98 percent}} of its value since
    {{2019}}. Parents' committees said they feared another lost year.""",
)
