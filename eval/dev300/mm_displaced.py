from _wrap import item

"""Displacement in Sagaing, Karenni, Rakhine, Chin, Kachin, Shan and the southeast, camps,
aid and return, 2021-2026, as UN agencies, aid groups, local authorities, the resistance and
the wires report them."""


item(
    "UN: more than 3.5 million displaced inside Myanmar",
    """The number of people displaced inside Myanmar has risen to [[more than 3.5
    million|displaced;a=the UN refugee agency]], the UN refugee agency said on Thursday,
    [[3.2 million|displaced;a=the UN refugee agency;n=-]] of them since the {{2021}} coup.
    Sagaing region alone counts [[about 1.3 million displaced people|displaced;a=the
    agency;alt=the UN refugee agency]], the agency said. UNHCR said [[some 1.2m Rohingya
    refugees|displaced;a=UNHCR]] live in Bangladesh and [[nearly 90,000|displaced;a=UNHCR;n=-]] in
    camps along the Thai border. The UN humanitarian office has estimated that [[19.9 million
    people|civilians;a=The UN humanitarian office]], more than a third of the population, will
    need aid in {{2025}}. Its appeal of {{$1.1 billion}} was {{less than 15%}} funded by {{mid-year}}. The agency said [[some 400,000 people|returned;a=The agency;alt=the UN refugee agency]] had gone back to their villages in {{2024}}, many only briefly.""",
)

item(
    "Karenni displaced endure third rainy season in forest camps",
    """[[More than 200,000 people|displaced;a=local relief groups]], about two-thirds of the
    population of Karenni state, have been driven from their homes since {{May 2021}}, local
    relief groups say. The Karenni Interim Executive Council said it was running [[about 190
    camps|capacity;a=The Karenni Interim Executive Council]] in the forests of Demoso,
    Hpruso and Pekon. An aid worker in one camp said its [[3,400 residents|displaced;a=An aid
    worker in one camp]] shared [[40 latrines|aid;a=An aid worker in one camp]], and that
    [[two children|killed;a=An aid worker in one camp]] had died of diarrhoea in {{June}}.
    Aid convoys have been blocked from Loikaw since the army closed the road, and the World Food
    Programme said it had reached [[only 12,000 people|aid;a=the World Food Programme]] in the
    state this year, against the [[150,000|civilians;a=the World Food Programme;n=-;p]] it
    estimates will need food by {{December}}.""",
)

item(
    "Rohingya flee Maungdaw fighting to Bangladesh",
    """Bangladesh has let [[about 8,000 Rohingya|displaced;a=a senior official in Cox's Bazar]] cross the
    Naf river since fighting between the Arakan Army and the military reached Maungdaw, a
    senior official in Cox's Bazar said, while border guards have pushed back [[hundreds of
    others|returned;a=a senior official in Cox's Bazar]]. Médecins Sans Frontières said it
    treated [[39 people|injured;a=Médecins Sans Frontières]] for blast and gunshot wounds in a
    single week. Survivors said a drone attack on people waiting to board boats on the
    Myanmar side killed [[dozens|killed;a=Survivors;n=-]]. UNHCR said [[about 20,000
    people|civilians;a=UNHCR]] were believed trapped in villages between the front lines.
    Bangladesh already hosts [[more than 1 million Rohingya|displaced;a=UNHCR]], UNHCR said.""",
)

item(
    "Villagers return to Kani township after troops pull out",
    """[[About 4,000 villagers|returned;a=a township administrator appointed by the National
    Unity Government]] have gone back to their homes in [[11 villages|other;a=a township administrator appointed by the National
    Unity Government]] in Sagaing's Kani township since a junta column withdrew in {{March}}, a
    township administrator appointed by the National Unity Government said. Many found their
    houses in ashes: [[180 houses|housing]] had burned in one village alone. The
    administrator said [[some 2,500 people|displaced;a=The administrator]] were still living in
    forest shelters because they feared the troops would return, and that
    [[600 bamboo shelters|aid;a=The administrator;u=structure;p]] would be needed before the
    monsoon. A local charity has handed out [[1,300 bags of rice|aid;n=bags;a=its founder]], its founder said. [[Two returnees|injured;a=villagers]] were hurt by a landmine left in a rice field, villagers said.""",
)

item(
    "Chin refugees in Mizoram: count passes 40,000",
    """The government of India's Mizoram state said on Friday it was sheltering [[41,287 people|displaced;a=The
    government of India's Mizoram state]] from Myanmar, most of them ethnic Chin who have crossed
    since {{2021}}, in [[about 160 relief camps|capacity;a=The government of India's Mizoram state]]
    and with host families. State officials said [[some 8,000 more|displaced;a=State officials;n=-]]
    had arrived after fighting around Tedim and Falam in {{recent weeks}}. The federal government in New
    Delhi, which is building a fence along the {{1,643-km}} border, has urged the state to
    register the refugees' biometrics. Mizoram's chief minister has said the state will
    not force anyone back across the Tiau river. Church groups in Champhai said they were feeding [[between 6,000 and 7,000 people|aid;a=Church groups in Champhai]] a day and had opened [[12 more shelters|capacity;a=Church groups in Champhai;u=structure]] in village halls.
    [[Some 600 of the new arrivals|injured;a=a health official;n=arrivals]] needed treatment for wounds or illness, a health official said.""",
)

item(
    "WFP cuts rations for displaced in Rakhine as funds run short",
    """The World Food Programme said on Tuesday it would cut food assistance to [[about 1 million
    people|aid;a=The World Food Programme;p]] in Myanmar from next month because of a funding
    shortfall of {{$60 million}}. In central Rakhine, where [[more than 150,000 Rohingya|displaced;a=the
    agency;alt=The World Food Programme]] have been confined to camps since {{2012}}, the agency said
    rations would fall to {{800 calories}} a day. It delivered [[2,300 tonnes|aid;a=The World Food Programme;u=other]] of rice and pulses in Rakhine last quarter, against [[5,000
    tonnes|aid;a=The World Food Programme;u=other]] a year earlier. Camp leaders in Sittwe said
    [[at least 14 people|killed;a=Camp leaders in Sittwe]], most of them elderly, had died of
    hunger-related illness since {{January}}. An Arakan Army blockade and junta restrictions have
    cut trade routes into the state. The cuts will hit [[about 35,000 Rohingya children|aid;a=the agency;alt=The World Food Programme;p]] in the camps first, the agency warned.""",
)

item(
    "Kachin camps swell as fighting reaches Bhamo",
    """[[Some 18,000 people|displaced;a=the Kachin Baptist Convention]] have fled Bhamo and
    surrounding villages since the Kachin Independence Army attacked the town in {{December}},
    the Kachin Baptist Convention said, bringing the number of displaced people in Kachin state
    to [[over 220,000|displaced;a=the Kachin Baptist Convention;n=-]]. Churches in Myitkyina are
    sheltering [[about 3,000 people|displaced;a=church officials]] in [[14 church
    compounds|capacity;a=church officials;u=structure]], church officials said. A priest said
    [[between 200 and 300 civilians|civilians;a=A priest]] were still inside the town, unable
    to leave because of shelling. Residents said the army had sent [[two battalions|combatants;u=other;n=battalions;a=Residents]]
    of reinforcements by river. The KIA says it now controls [[12 towns|other;a=The KIA]] in the state.""",
)

item(
    "Displaced families in southern Shan face eviction from monasteries",
    """Authorities in Taunggyi have ordered [[roughly 400 families|displaced;a=monks and aid
    workers]] sheltering in monasteries to leave by the end of the month, monks and aid workers
    said, as the junta pushes the displaced to go home to areas it says are now safe. The
    families, [[about 1,700 people|displaced]], fled fighting in Hsihseng and
    Pekon. An abbot said his monastery, built for [[perhaps 100 monks|capacity;q=approx;a=An abbot]],
    had taken in [[320 people|displaced;a=An abbot]]. The regional government said [[1,100
    people|returned;a=The regional government]] had already gone back and that [[500 new
    homes|housing;a=The regional government;p]] would be built for them. Aid groups say
    villages in the area are still mined.""",
)

item(
    "Sagaing displaced top one million, resistance says",
    """The National Unity Government's humanitarian ministry said on Wednesday that
    [[1,127,000 people|displaced;a=The National Unity Government's humanitarian ministry]] were
    displaced in Sagaing region, and that [[about 86,000 houses|housing;a=The National Unity
    Government's humanitarian ministry]] there had been burned or destroyed since {{2021}}. The
    ministry said it had given cash to [[52,000 households|aid;a=The ministry;alt=The National Unity
    Government's humanitarian ministry]] in {{the first half of the year}}, about {{50,000 kyat}}
    each. Local groups said [[hundreds of thousands|civilians;a=Local groups;n=-]] still received no
    aid at all. In Ye-U township, a doctor said [[37 children|injured;a=a doctor]] had been treated
    in {{two months}} for burns from incendiary bombs. The ministry expects [[up to 200,000 more people|displaced;a=The ministry;alt=The National Unity Government's humanitarian ministry;p]] to be displaced if the army's dry-season offensive reaches the Mu river valley.""",
)

item(
    "Rohingya boat missing in Andaman Sea",
    """A boat carrying [[about 180 Rohingya|displaced;a=the UN refugee agency]] from Bangladesh's camps
    and from Rakhine has been missing in the Andaman Sea for {{more than a week}}, the UN refugee
    agency said on Sunday. Relatives said [[at least 60 of those aboard|missing;a=Relatives;n=-]]
    were children. A second boat reached Aceh in Indonesia with [[152 people|displaced;a=local
    officials]], local officials said, and [[six bodies|killed;a=local officials]] were taken off
    it. UNHCR said [[more than 7,800 Rohingya|displaced;a=UNHCR]] had set out by sea in {{2024}}, and
    that [[657|missing;a=UNHCR;n=-]] were dead or missing, the highest number in a decade. Fishermen in Thailand's Satun province said they had found [[two more bodies|killed;a=Fishermen in Thailand's Satun province]] and rescued [[11 survivors|other;a=Fishermen in Thailand's Satun province]] clinging to wreckage.""",
)

item(
    "Karen displaced in Thai border camp wait for shelters",
    """Thailand's Tak province said it had set up [[three temporary sites|capacity;a=Thailand's Tak
    province]] for [[up to 10,000 people|capacity;a=Thailand's Tak province;p]] fleeing
    fighting in Myawaddy, and that [[2,850 people|displaced;a=Thailand's Tak province]]
    had crossed the Moei river in {{two days}}. Thai soldiers said [[about 200
    people|returned;a=Thai soldiers]] had gone back across the river once the shelling eased,
    but that [[another 1,000|displaced;a=Thai soldiers;n=-]] were waiting on the Myanmar bank. The
    Thai Red Cross sent [[eight trucks|aid;a=The Thai Red Cross;u=other]] of water and
    blankets, it said. Thai officials said they had treated [[17 wounded people|injured;a=Thai
    officials]] at Mae Sot hospital, [[four|injured;n=-;a=Thai
    officials]] of them soldiers of the Myanmar
    army.""",
)

item(
    "Sittwe cut off: residents flee as Arakan Army closes in",
    """[[Thousands of residents|displaced;a=residents and aid
    workers]] have left Sittwe, the Rakhine state capital, by boat and by air
    as the Arakan Army tightens its grip on the surrounding townships, residents and aid
    workers said. A local administrator said [[around 60,000 people|displaced;a=A local
    administrator]] had left the city since {{January}}, leaving [[fewer than 100,000|civilians;a=A
    local administrator;n=-]] behind. Flights to Yangon were booked up for weeks, and the
    military had commandeered [[two passenger ships|other;a=residents;u=other]] to move the families
    of soldiers, residents said. The price of a sack of rice has tripled to about {{250,000 kyat}}.
    The UN said [[more than 500,000 people|displaced;a=The UN]] had been displaced in Rakhine state
    since {{November 2023}} and that [[at least 300 civilians|killed;a=The UN]] had been killed
    there. The Arakan Army says it controls [[14 of the 17 townships|other;a=The Arakan
    Army;u=other]] in Rakhine. Its fighters number [[about 40,000|combatants;a=analysts;n=-]],
    according to analysts.""",
)

item(
    "Aid convoy reaches Karenni camps after months of blockade",
    """A convoy of [[22 trucks|aid;a=the Karenni Interim Executive Council]] carrying rice, cooking oil and
    medicine reached camps in Demoso township on Sunday, the first to get through since {{March}},
    the Karenni Interim Executive Council said. The supplies, [[about 180 tonnes|aid;a=the
    council;alt=the Karenni Interim Executive Council;u=other;n=tonnes]] in all, would feed [[some 30,000
    people|aid;a=the council;alt=the Karenni Interim Executive Council;p]] for {{a month}}, the council
    said. The convoy was organised by local groups with money from donors in Thailand. Camp
    committees said they had recorded [[at least 120 new arrivals|displaced;a=Camp committees]]
    in the past week after airstrikes on Hpruso. [[Three volunteers|kidnapped;a=a camp leader]] on an
    earlier convoy were detained by soldiers at a checkpoint and are still being held, a camp
    leader said. Their names were withheld for their safety. The army's regional command did
    not respond to requests for comment, and the UN has had no access to the area. [[About 40 porters and drivers|other;n=porters and drivers]] travelled with the trucks.""",
)

item(
    "Tatmadaw offers return deal to displaced in Hpakant",
    """The military-appointed Kachin state government said [[2,600 people|returned;a=The
    military-appointed Kachin state government]] had gone home to villages around Hpakant under
    a resettlement scheme, each household receiving {{300,000 kyat}} and a bag of rice.
    Displaced people in a church camp told Kachinland News that [[only about 50
    families|returned;a=Displaced people in a church camp]] from their camp had signed up. The
    camp has room for [[800 people|capacity;a=church staff]] but holds [[over 1,400|displaced;a=church
    staff;n=-]], church staff said. Landslides at jade mines nearby have killed [[more than 170
    miners|killed]] since {{2020}}, most of them migrant workers. Kachin groups say [[about 100,000 people|displaced;a=Kachin groups]] remain in camps across the state, some since {{2011}}.""",
)

item(
    "Schools in Sagaing camps serve thousands of displaced pupils",
    """Volunteer teachers in Sagaing's camps for displaced people taught [[about 45,000
    children|other;a=the region's education committee]] this school year, the region's education
    committee, which is run by the resistance, said on Monday, in [[more than 400 makeshift
    schools|other;a=the region's education committee]]. [[Around 1,800 teachers|other;a=the region's education committee]] are paid by the National Unity Government, it said. Airstrikes
    have damaged [[29 of the schools|housing;a=the committee;alt=the region's education
    committee]] since {{June}}, the committee said, and [[six pupils|killed;a=the committee;alt=the
    region's education committee]] were killed. Students sit their {{Grade 11}} exams in
    bunkers. "We move the school every {{few weeks}}," a teacher {{aged 26}} said. The committee said [[12 teachers|arrested;a=The committee;alt=the region's education committee]] had been detained by soldiers this year.""",
)

item(
    "Myanmar's displacement toll in numbers, 2021-2025",
    """The economy is about {{9%}} smaller than in {{2019}}, the World Bank says. The UN says roughly {{one in
    15}} people are now displaced, the largest share in Southeast Asia since the {{1970s}}. The
    humanitarian appeal for {{2025}} sought {{$1.1 billion}}, of which {{22%}} was received by
    {{September}}. The kyat has lost more than {{60%}} of its value since {{2021}}. Rice prices in
    Sittwe rose {{300%}} in {{2024}}. The country's fiscal year was moved to {{April-March}} in
    {{2022}}.""",
)

item(
    "Displacement camps mark Thingyan without celebrations",
    """The water festival of Thingyan, which runs from {{April 13 to 16}}, passed quietly in the
    camps of Karenni and southern Shan. Camp committees cancelled the music stages for the
    {{fourth}} year running. A {{70-year-old}} woman in a camp near Demoso said she had last
    celebrated at home in {{2021}}. The festival marks the Burmese new year {{1387}}. Young people
    poured water over the hands of the elderly, as custom asks, and the camp's loudspeaker
    played songs from the {{1990s}}.""",
)
