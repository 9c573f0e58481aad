"""dev367 items, part 3: encounters with militants in the valley and in the Pir Panjal and
Chenab forests, infiltration, abductions, surrenders, missing youths and soldiers, as the
police, the army and the wires reported them."""

from _wrap import item

item(
    "Five militants, two soldiers killed in Shopian gunfight",
    """[[Five militants|killed;a=police]] and [[two soldiers|killed;a=police]] were killed in a
    gunfight in Shopian's Kanjiullar village that began on {{Tuesday}} and ended on {{Wednesday}}
    morning, police said. [[Three houses|housing]] where the militants had taken position were
    destroyed. Youths threw stones near the site and [[at least 12 people|injured;a=hospital
    officials]] were hurt when forces fired pellets, hospital officials said. Police said [[four
    AK rifles|other;a=Police]] and [[one pistol|other;u=other;a=Police]] were recovered from the
    debris. Mobile internet was suspended in the district for {{48 hours}}.""",
)

item(
    "Police say 172 militants killed in Jammu and Kashmir this year",
    """Jammu and Kashmir police chief Dilbag Singh said [[172 militants|killed;a=Dilbag Singh]] had
    been killed in {{2022}}, [[42|killed;n=-;a=Dilbag Singh]] of them foreigners. [[Fewer than 100
    militants|combatants;a=Dilbag Singh]] were still active in the valley, he said, the lowest
    number in {{three decades}}. [[About 100 local youths|combatants;a=police data]] joined militant
    ranks during the year, police data showed. [[Thirty security personnel|killed]] and [[29
    civilians|killed]] were killed in militant attacks, and militants abducted [[six
    civilians|kidnapped]]. Police arrested [[more than 150 overground workers|arrested]] accused of
    helping militants with shelter, money and transport.""",
)

item(
    "Militants abduct relatives of policemen in south Kashmir",
    """Police said [[at least 11 relatives|kidnapped;a=Police]] of policemen had been abducted from
    their homes in Shopian, Kulgam, Anantnag and Pulwama over {{two days}}, hours after the police
    detained the father of a Hizbul Mujahideen commander. By {{Saturday}} [[all
    11|kidnapped;n=-]] had been freed unharmed. In a separate case, militants abducted [[four
    men|kidnapped]] from Kaprin village in Shopian, killing [[three|killed;n=-]] of them, all
    special police officers, and releasing the {{fourth}}. After the killings, [[more than 40
    SPOs|other]] announced their resignations on social media. The home ministry said [[no more
    than six|other;n=-;a=home ministry]] had actually quit. Jammu and Kashmir has [[about 30,000
    special police officers|combatants]], paid about {{Rs 6,000}} a month.""",
)

item(
    "Search on for Territorial Army soldier feared abducted in Kulgam",
    """Police said a Territorial Army soldier on leave was believed to have been abducted from
    Kulgam's Ashthal village on {{July 29}}, and that [[about 800 soldiers and
    policemen|combatants;n=soldiers and policemen;a=Police]] were searching orchards and forests
    for him. [[Three men|arrested]] were detained for questioning. Police records show [[at least
    nine off-duty soldiers and policemen|kidnapped;n=soldiers and policemen;a=Police records]]
    have been abducted by militants since {{2017}}, [[seven|killed;n=-;a=Police records]] of whom
    were later found dead. [[Several hundred villagers|other]] joined the search on {{Monday}}. In
    Anantnag, [[one soldier|missing;a=army]] is still missing after a gunfight in Kokernag's
    forests in {{September}}, the army said.""",
)

item(
    "Houses razed in Pulwama gunfight",
    """A {{14-hour}} gunfight in Pulwama's Rajpora ended on {{Friday}} with [[three
    militants|killed;a=police]] dead, police said, and [[two houses|housing]] reduced to rubble.
    Villagers said [[at least six more houses|housing;a=Villagers]] and [[four
    cowsheds|housing;u=structure;a=Villagers]] had been damaged by explosives. [[Eleven
    families|displaced]] spent the night in the village school. The Jammu Kashmir Coalition of
    Civil Society said [[more than 100 houses|housing;a=Jammu Kashmir Coalition of Civil Society]]
    had been destroyed in encounters in south Kashmir since {{2016}}. [[At least 20
    protesters|injured]] were hurt in clashes with forces after the bodies were taken away.""",
)

item(
    "Army foils infiltration in Machil, seven intruders killed",
    """The army said troops had killed [[seven infiltrators|killed;a=army]] trying to cross the
    Line of Control in the Machil sector in a {{two-day}} operation. [[Two soldiers|killed]] were
    also killed, and [[one porter|missing;a=15 Corps]] who had been with the
    patrol was missing, the Srinagar-based {{15 Corps}} said. Troops recovered [[seven AK
    rifles|other]], [[21 magazines|other]] and a large quantity of ammunition. The army said
    [[as many as 130 militants|combatants;a=army]] were waiting at [[16 launch pads|other;u=other;
    a=army]] across the LoC to infiltrate before the snow closes the passes.""",
)

item(
    "Two militants surrender in Kulgam after parents' appeal",
    """[[Two militants|other;a=police]] surrendered during an encounter in Kulgam after their
    parents appealed to them over loudspeakers, police said on {{Sunday}}. [[One
    militant|killed]] who refused to give up was killed. [[Three soldiers|injured;a=army
    spokesman]] were wounded in the exchange of fire, an army spokesman said. Police said [[22
    local militants|other;a=Police]] had surrendered so far this year, compared with
    [[12|other;n=-;a=Police]] in {{2020}}. The army said it had received [[about 40 calls|other;
    u=other;a=army]] on its helpline from families of recruits since {{June}}.""",
)

item(
    "Two captains among five soldiers killed in Rajouri forest",
    """[[Five soldiers|killed;a=army]], among them [[two captains|killed;a=army]], were killed in a
    {{two-day}} gunbattle in the Bajimaal forest of Rajouri's Kalakote area, the army said on
    {{November 23}}. [[Two militants|killed]], including a Pakistani commander trained in sniping,
    were also killed. [[Two soldiers|injured]] were flown to the Command Hospital in Udhampur.
    Since {{2021}}, [[more than 30 soldiers|killed;a=official tally]] have been killed in the
    Rajouri-Poonch belt, according to an official tally. The army has moved [[about 1,500
    additional troops|combatants]] into the area.""",
)

item(
    "Drones hit Jammu air station in first attack of its kind",
    """[[Two Indian Air Force personnel|injured;a=Indian Air Force]] were slightly injured when
    [[two explosive-laden drones|other]] struck the Jammu air station shortly after {{1:30 am}},
    the Indian Air Force said. Police later said [[two more drones|other;a=Police]] were spotted
    over the Ratnuchak-Kaluchak military station the next night. The BSF has shot down or
    recovered [[more than 60 drones|other;a=BSF]] along the Jammu frontier since {{2020}}, carrying
    [[16 assault rifles|other;a=BSF]] and [[over 100 grenades|other;a=BSF]], it said. Police
    detained [[one man|arrested]] from Banihal with about {{5 kg}} of explosives.""",
)

item(
    "Militants kill two labourers from Bihar in Kulgam",
    """Militants shot dead [[two non-local labourers|killed;a=police]] from Bihar in Kulgam's
    Wanpoh on {{Sunday}}, the {{third}} such attack in {{24 hours}}, police said. [[One|injured;
    n=-]] more was wounded. [[Eleven civilians|killed;a=Inspector General Vijay Kumar]] had been
    killed in the valley in October, [[five|killed;n=-;a=Inspector General Vijay Kumar]] of them
    workers from outside the region, Inspector General Vijay Kumar said. Police said [[about 700
    people|arrested;a=Police]] had been detained across Kashmir since the killings began.
    Officials said [[thousands of workers|displaced;a=Officials]] had left by train and bus.
    Police were moving the rest to security force camps, and [[about 1,200|displaced;n=-]] had
    been relocated in Kulgam and Anantnag by {{Monday}}.""",
)

item(
    "Kokernag operation ends after seven days",
    """The army ended a {{seven-day}} operation in the forests of Gadole in Anantnag's Kokernag
    area on {{September 19}}, saying [[two militants|killed;a=army]] had been killed, among them
    Lashkar-e-Taiba commander Uzair Khan. [[Four security personnel|killed]], a colonel, a major,
    a deputy superintendent of police and a soldier, died in the opening ambush on {{September
    13}}. The body of [[one more soldier|killed]] was recovered on the {{sixth}} day. Officials
    said [[thousands of troops|combatants;a=Officials]], backed by drones and helicopters, had
    encircled the ridge, and that [[hundreds of mortar shells|other;a=Officials]] were fired.
    Police said [[three villagers|injured;a=Police]] were hurt by splinters. [[About 200
    people|displaced]] from Gadole and Pazalpora moved in with relatives.""",
)

item(
    "Seven killed in attack on tunnel workers' camp in Ganderbal",
    """Militants attacked a camp housing workers building a road tunnel at Gagangir in Ganderbal
    on {{Sunday}} night, killing [[seven people|killed;a=police]], a doctor and six labourers,
    police said. [[Five others|injured]] were wounded and taken to Srinagar. Police said [[two
    gunmen|combatants;a=Police]] had fired from the dark at workers returning to the mess. The
    company said [[about 400 workers|civilians;a=company]] lived at the camp. [[More than
    150|displaced;n=-]] had been moved to Sonamarg and Srinagar by {{Tuesday}}. Police detained
    [[over 30 people|arrested]] for questioning.""",
)

item(
    "South Kashmir youths missing, feared to have joined militants",
    """Police in Kashmir say [[at least 14 youths|missing;a=Police in Kashmir]] have gone missing
    from south Kashmir since {{January}} and are believed to have joined militant groups. Parents
    of [[three missing boys|missing]] from Tral, {{aged 17 to 19}}, appealed on social media for
    their return. Police said [[two|returned;n=-;a=Police]] had already returned home after
    counselling, and [[one|killed;n=-;a=Police]] had been killed in an encounter in Pulwama. Last
    year [[about 130 local youths|combatants;a=police data]] joined militancy, according to police
    data. Separately, the army said [[two soldiers|missing;a=army]] were unaccounted for after
    being swept away by a flash flood in Poonch during an operation.""",
)

item(
    "Five hostages freed as forces storm Sopore house",
    """Police and soldiers freed [[five civilians|kidnapped;a=police]] whom militants had held
    hostage for {{11 hours}} in a house in Sopore's Brath Kalan, police said on {{Wednesday}}.
    [[Two militants|killed]] were killed in the operation and [[one policeman|injured]] was
    wounded. Security forces had evacuated [[about 30 families|displaced]] from neighbouring
    houses before the assault. Police said militants in north Kashmir had abducted [[at least
    seven civilians|kidnapped;a=Police]] this year, accusing them of informing for the army, and
    [[two|killed;n=-;a=Police]] were later found dead. [[Four|kidnapped;n=-]] were released after
    village elders intervened, and [[one|missing;n=-]] is still missing.""",
)

item(
    "Amarnath Yatra to begin on July 3",
    """The annual Amarnath Yatra will begin on {{July 3}} and end on {{August 9}}, the shrine board
    said, a {{38-day}} pilgrimage that is shorter than last year's. Registration costs {{Rs 150}},
    and pilgrims must be aged between {{13}} and {{70}}. The traditional route from Pahalgam is
    {{48 km}} long, the Baltal route {{14 km}}, and the cave sits at {{3,880 metres}}. Convoys
    will leave Jammu's Bhagwati Nagar base camp at {{4 am}} each day. Helicopter tickets cost
    {{Rs 4,900}} one way.""",
)

item(
    "High Court quashes PSA detention of Baramulla man",
    """The High Court of Jammu and Kashmir and Ladakh on {{March 14}} quashed the detention of a
    {{24-year-old}} Baramulla man held under the Public Safety Act, {{1978}}. The court said the
    grounds repeated an FIR of {{2021}} in which he had been granted bail, and that he had not been
    given the dossier in a language he understood. He had been held for {{14 months}} at Kot
    Bhalwal jail. Under {{Section 8}} of the Act, a detention for public order can last up to a
    year, and one for state security up to {{two years}}. The judge ordered his release
    forthwith.""",
)
