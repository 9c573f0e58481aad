"""dev409 items: Sagaing region (air strikes on villages, schools, hospitals and monasteries,
Pazigyi, burned villages, the March 2025 earthquake, Kawlin, displacement and aid)."""

from _wrap import item

item(
    "Air strike on Pazigyi ceremony kills dozens, toll passes 100",
    """Myanmar military aircraft bombed a crowd gathered for the opening of a village office in
    Pazigyi, in Sagaing region's Kanbalu township, on the morning of {{April 11}}, killing
    [[at least 53 people|killed;a=witnesses]], witnesses told BBC Burmese. A helicopter gunship
    then fired on survivors and on those trying to help them, residents said. By evening the
    National Unity Government put the toll at [[more than 100|killed;a=National Unity
    Government]], among them [[about 20 children|killed;a=National Unity Government]]. One
    rescuer said volunteers had pulled [[86 bodies|killed;a=One rescuer]] from the ashes before
    dark and that [[dozens of wounded|injured;a=One rescuer]] had been carried to clinics in
    neighbouring villages. Junta spokesman Major General Zaw Min Tun confirmed the strike on
    state television, saying the new office belonged to "terrorists". Pazigyi's [[roughly 1,600
    residents|civilians;a=the NUG's human rights ministry]] have almost all fled into the
    surrounding forest, the NUG's human rights ministry said on Wednesday.""",
)

item(
    "Pazigyi death toll rises to 168 as families bury the dead",
    """The number of people killed in the {{April 11}} air strike on Pazigyi has risen to
    [[168|killed;a=National Unity Government]], including [[40 children|killed;a=National Unity
    Government]], the National Unity Government said on Monday. [[Nine more people|killed;a=National
    Unity Government]] died of their wounds over the weekend, it said. Local volunteers said
    [[between 30 and 40 people|injured;a=Local volunteers]] were still being treated in makeshift clinics,
    several of them for severe burns. [[Some 12 people|missing;a=relatives]] remain unaccounted
    for, relatives say, and may have been at the centre of the blast. Villagers said [[37
    houses|housing;a=Villagers]] and the new office building were destroyed by the fires that
    followed the bombing. Residents said [[around 600 people|displaced;a=Residents]] from Pazigyi
    and the neighbouring village of Kyauk Ka were sheltering under tarpaulins in forest clearings,
    fearing further attacks. The UN human rights chief, Volker Türk, said he was horrified and
    called for those responsible to be held to account.""",
)

item(
    "Air strike on Sagaing monastery kills 22 sheltering villagers",
    """A junta air strike hit a Buddhist monastery in Lin Ta Lu village, in Sagaing township,
    in the early hours of Friday, killing [[at least 22 people|killed;a=residents]], among them
    [[three novice monks|killed;a=residents]], residents said. [[Some 150 people|displaced;a=the
    abbot]] displaced by fighting in nearby villages had been sleeping in the monastery compound,
    according to the abbot. A volunteer medic told Myanmar Now that [[more than 30 people|injured;a=A
    volunteer medic]] were wounded, [[eight|injured;a=A volunteer medic]] critically. The
    monastery's {{two-storey}} ordination hall and [[four dormitories|housing;u=structure]] were
    destroyed. The military has not commented on the strike. Since the {{February 2021}} coup,
    [[more than 300 religious buildings|housing;a=Myanmar Witness]] have been damaged or destroyed
    in Sagaing, according to Myanmar Witness, which verifies attacks from satellite images and
    videos.""",
)

item(
    "Troops burn 430 houses in Depayin, monitoring group says",
    """Junta troops and allied Pyu Saw Htee militiamen burned [[at least 430 houses|housing;a=Data
    for Myanmar]] across [[six villages|housing]] in Sagaing's Depayin township over {{10 days}}
    in {{June}}, the independent research group Data for Myanmar said on Thursday. The group,
    which tracks arson from satellite imagery and local reports, said [[some 2,700 people|displaced;a=The
    group;alt=Data for Myanmar]] had fled the villages and were sleeping in the open. A resident of
    Nyaung Kone said [[two elderly men|killed;a=A resident of Nyaung Kone]] who could not flee had
    burned to death in their homes, and that [[as many as 60 families|displaced;a=A resident of
    Nyaung Kone]] from the village had lost everything. Across Sagaing, [[more than 48,000 houses|housing;a=Data for
    Myanmar]] have been burned since the {{2021}} coup, out of [[roughly 80,000|housing;u=structure;a=Data for
    Myanmar]] nationwide, according to Data for Myanmar. The military denies burning villages and
    blames the fires on resistance fighters.""",
)

item(
    "Helicopters fire on Let Yet Kone school, killing 11 children",
    """Helicopter gunships fired on a monastery school in Let Yet Kone village, in Sagaing
    region's Tabayin township, on {{September 16}}, killing [[at least 11 children|killed;a=UNICEF]],
    the UN children's agency UNICEF said. Residents said [[six adults|killed;a=Residents]] also died
    and that [[17 pupils|injured;a=Residents]] were wounded, some as the school's roof collapsed.
    The dead children were aged {{seven to 14}}. Soldiers who landed from the helicopters detained
    [[20 villagers|arrested;a=the school's principal]], including [[two teachers|arrested;a=the
    school's principal]], according to the school's principal. The military said in a statement
    that its troops had come under fire from [[about 40 fighters|combatants;a=The military]] of
    the People's Defence Force and the Kachin Independence Army hiding in the village. The
    village's [[roughly 1,200 residents|displaced;a=the NUG]] have since fled to neighbouring
    villages, the NUG said.""",
)

item(
    "Quake toll passes 1,700 as Sagaing digs through fallen monasteries",
    """The magnitude {{7.7}} earthquake that struck central Myanmar at {{12.50pm}} on {{March 28}}
    has killed [[at least 1,700 people|killed;a=the junta]], the junta said on Sunday, with
    [[3,400 injured|injured;a=the junta]] and [[300 missing|missing;a=the junta]]. In Sagaing town,
    close to the epicentre, residents dug through collapsed monasteries with their hands, and one
    local rescue group said it had recovered [[230 bodies|killed;a=one local rescue group]] in
    the town alone. The Sagaing region government said [[about 1,600 homes|housing;a=The Sagaing
    region government]] and [[120 monasteries|housing;u=structure;a=The Sagaing region
    government]] had collapsed or been badly damaged. Much of the region is held by resistance
    forces, and the NUG said junta air strikes had continued after the quake, killing [[seven
    people|killed;a=the NUG]] in Chaung-U township within {{three hours}}. [[Thousands of
    residents|displaced]] slept in the streets and in monastery grounds for a {{second}} night,
    fearing aftershocks.""",
)

item(
    "Paraglider bombs festival crowd in Chaung-U, killing 24",
    """A motorised paraglider dropped [[two bombs|other;u=other]] on a crowd gathered for a
    candlelight protest and full-moon festival in Bon To village, in Sagaing's Chaung-U township,
    on Monday evening. Organisers said [[200 to 300 people|other;a=Organisers]] had gathered at the
    village pagoda when it appeared. The bombs killed [[at least 24 people|killed;a=residents]], residents said. Medics at
    a nearby clinic said they had treated [[47 people|injured;a=Medics at a nearby clinic]] for
    burns and shrapnel wounds. Amnesty International said the military had used paragliders in
    [[at least 30 attacks|other;u=other;a=Amnesty International]] in Sagaing and Magway since {{2024}},
    because they are cheap and quiet. Villagers said [[about 20 houses|housing;a=Villagers]] caught
    fire after the blasts. [[Around 3,000 people|displaced]] from Bon To and nearby villages have
    since left for the forest or for relatives in Monywa. The junta did not respond to requests
    for comment.""",
)

item(
    "Bodies of 17 men found after troops leave Sagaing villages",
    """The bodies of [[17 men|killed;a=residents]], some with their hands tied, were found in a
    ravine near Mondaingbin village in Sagaing's Yinmarbin township after troops withdrew on
    Sunday, residents said. Survivors told Radio Free Asia that the soldiers had rounded up
    [[about 30 villagers|kidnapped;a=Survivors]] to use as guides and human shields during a
    {{three-day}} sweep, and released [[11|kidnapped;a=Survivors]] on Saturday. [[More than 200
    houses|housing]] in Mondaingbin were burned. Relatives said [[as many as 12
    villagers|missing;a=Relatives]] taken by the troops were still unaccounted for. The military's True News Information Team said
    troops had killed [[eight members|killed;a=True News Information Team]] of
    "terrorist" groups in clashes near the village but did not mention civilians. [[About 4,000
    people|displaced;a=the township's NUG administration]] from the area are now sheltering in
    forests and in monasteries further west, the township's NUG administration said.""",
)

item(
    "Monywa lives on four hours of power a day",
    """Residents of Monywa, the capital of Sagaing region, now receive power for about {{four
    hours}} a day, usually from {{6pm}} to {{10pm}}. Diesel for generators costs {{4,500 kyat}} a
    litre, up from {{1,300 kyat}} before the {{February 2021}} coup. The price of rice has risen by
    {{60%}} in {{a year}}, traders said. The Chindwin river, which carries much of the city's
    trade, stood at {{12 metres}} last week, close to its danger level. Many shops now close by
    {{5pm}}, and the night curfew begins at {{9pm}}.""",
)

item(
    "A year after the quake, Sagaing's rebuilding barely begun",
    """A year after the magnitude {{7.7}} earthquake of {{March 28, 2025}}, Sagaing residents
    marked the moment it struck, at {{12.51pm}}, with {{one minute}} of silence. The quake's
    epicentre lay about {{16 km}} north-west of Sagaing town, at a depth of {{10 km}}, and its
    rupture ran for {{more than 450 km}} along the Sagaing Fault. The military government pledged
    {{$30 million}} for reconstruction in its {{2025-26}} budget, but residents say little of it has reached the town. Aftershocks of magnitude {{4.0}} or more were still being felt
    {{six months}} later. Engineers say {{about 40%}} of the town's brick buildings predate modern
    building codes.""",
)

item(
    "Quake aid reaches Sagaing by back roads as trucks wait at checkpoints",
    """Local charities said they had delivered [[2,300 bags|aid;a=Local charities]] of rice and
    [[900 tarpaulins|aid;a=Local charities]] to quake-hit villages in Sagaing region by boat and by
    motorbike in the {{first week}}, avoiding military checkpoints. The World Food Programme said
    it had reached [[about 85,000 people|aid;a=The World Food Programme]] in Sagaing and Mandalay,
    but that [[more than 40 trucks|aid;a=The World Food Programme]] remained held at checkpoints
    outside Mandalay. OCHA estimates that [[6.3 million people|civilians;a=OCHA]] in the areas hit
    by the quake need help. The junta said it had set up [[97 relief camps|capacity;a=The junta]]
    in the region, sheltering [[about 42,000 people|displaced;a=The junta]]. Resistance groups said
    most of those camps were in towns under military control.""",
)

item(
    "Resistance takes Kawlin after five-day battle; 60 troops surrender",
    """Resistance forces captured the town of Kawlin in northern Sagaing on Monday after a
    {{five-day}} battle, and [[about 60 soldiers and police|combatants;n=soldiers and police;a=the
    NUG's defence ministry]] surrendered, the NUG's defence ministry said. It said [[11
    soldiers|killed;a=the NUG's defence ministry]] had died in the fighting, while [[seven
    resistance fighters|killed;a=the NUG's defence ministry]] were killed. Kawlin is the {{first}}
    district capital to fall to the resistance since the coup. Residents said [[more than 3,000
    people|displaced;a=Residents]] had fled as junta jets bombed the town in response, destroying
    [[at least 40 buildings|housing;a=Residents]], including the hospital. The Global New Light of
    Myanmar, the military's newspaper, said troops had "temporarily withdrawn" and accused the
    resistance of holding [[dozens of civil servants|kidnapped;a=Global New Light of Myanmar]]
    hostage. A PDF commander said his fighters had seized [[150 rifles|other;a=A PDF commander]]
    and [[two trucks|other;a=A PDF commander]] of ammunition.""",
)

item(
    "Displacement in Sagaing passes 1.2 million, OCHA says",
    """The number of people displaced inside Sagaing region since the {{February 2021}} coup has
    passed [[1.2 million|displaced;a=UN Office for the Coordination of Humanitarian Affairs]], the
    UN Office for the Coordination of Humanitarian Affairs (OCHA) said in an update on Thursday.
    Sagaing now holds about {{a third}} of the [[3.5 million people|displaced;a=the agency;alt=UN
    Office for the Coordination of Humanitarian Affairs]] displaced across Myanmar, the agency said.
    In the {{first two weeks of May}} alone, [[some 47,000 people|displaced;a=OCHA]] fled fighting
    in Ye-U, Khin-U and Shwebo townships, OCHA said, most of them into forests and farm huts.
    [[About 12,000 households|displaced]] are sheltering in [[more than 600 displacement
    sites|capacity]] that aid workers can reach only on foot or by boat. Humanitarian partners
    reached [[fewer than 90,000 people|aid;a=OCHA]] in the region with food in the {{first
    quarter}}, it added, against a target of [[400,000|aid;p;a=OCHA]]. [[Twelve aid
    workers|killed;a=the UN]] have been killed in Sagaing since the coup, according to the UN.""",
)

item(
    "Dozens missing after junta sweep through Kani township",
    """[[At least 38 people|missing;a=NUG-appointed administrators]] from villages in Sagaing's Kani
    township have been missing since junta troops swept through the area last week,
    NUG-appointed administrators said on Friday. The bodies of [[nine men|killed;a=their
    families]] were found in a creek on Wednesday, their families said. Survivors said the
    soldiers had seized [[about 80 villagers|kidnapped;a=Survivors]] as porters and released
    [[41|kidnapped;a=Survivors]] after {{four days}}. Shelling wounded [[three villagers|injured;a=survivors]] and set fire to [[15 to 20
    houses|housing;a=survivors]] in Ywa Thit, survivors said. [[Some 6,000 residents|displaced]] fled into
    the forest as the column advanced along the Chindwin. The junta's information team said its
    troops had come under attack from [[about 200 terrorists|combatants;a=The junta's information
    team]] near Kani and had "restored stability".""",
)

item(
    "Budalin's monasteries fill with the displaced",
    """[[Forty-three monasteries|capacity;u=structure;a=a network of local monks]] in Budalin and
    Ayadaw townships are now sheltering [[more than 9,000 displaced people|displaced;a=a network of
    local monks]], according to a network of local monks. One abbot said his monastery, built for
    [[about 80 monks|capacity;a=One abbot]], now houses [[620 people|displaced;a=One abbot]], most of
    them women and children. Air strikes hit [[at least four monasteries|housing;u=structure]] in
    the two townships in {{March}}, killing [[11 people|killed]]. UNHCR said [[about 25,000
    people|displaced;a=UNHCR]] in Sagaing were sheltering in religious buildings, often without
    latrines or clean water. "We cook rice {{three times}} a day in the same pots we used for
    festivals," the abbot said.""",
)

item(
    "Jet bombs resistance-run hospital in Ye-U, killing nine",
    """A junta jet bombed a hospital run by the resistance in Ye-U township on Saturday, killing
    [[at least nine people|killed;a=the hospital's director]], including [[four patients|killed;a=the
    hospital's director]], the hospital's director told The Irrawaddy. [[At least 15
    people|injured]] were wounded, among them [[two doctors|injured]]. Staff evacuated [[about 60
    patients|displaced]] to a village clinic after the strike, which destroyed the operating
    theatre and [[two buildings|housing]]. The hospital served [[about 200,000 people|civilians;a=the
    NUG's health ministry]] in the area, according to the NUG's health ministry. The ministry said
    [[30 health workers|killed;a=The ministry;alt=the NUG's health ministry]] had been killed in
    Sagaing since the coup. Insecurity Insight has recorded [[more than 1,200 attacks|other;u=other;a=Insecurity
    Insight]] on health care in Myanmar since {{February 2021}}.""",
)

item(
    "Residents trickle back to Kawlin a year after its fall",
    """[[About 2,500 people|returned;a=U Tin Win]] have returned to Kawlin out of a pre-war
    population of [[about 25,000|civilians;a=U Tin Win]], U Tin Win, the town's NUG-appointed
    administrator, said. Air strikes have destroyed [[more than 700 houses|housing;a=U Tin Win]]
    in the town since {{November 2023}}, he said. [[Some 40 families|returned]] came back last
    month alone, bringing seed for the monsoon planting. Volunteer teachers reopened [[three
    schools|other]] in {{June}} for [[about 900 pupils|other]]. A jet strike on the market in
    {{September}} killed [[five people|killed;a=residents]], residents said, and most shops now open
    only before {{8am}}.""",
)
