"""Items of dev391: refugees in Mauritania's Mbera camp and at Fassala, in Niger and Algeria, the
displaced inside Mali, deportations and returns."""

from _wrap import item

item(
    "Arrivals from Mali push Mbera camp past its limits",
    """More than [[55,000 Malian refugees|displaced;a=UNHCR]] have crossed into south-eastern
    Mauritania since the start of {{2024}}, UNHCR said on {{Tuesday}}, fleeing fighting and
    army operations in the Timbuktu and Ségou regions. The Mbera camp, built in {{2012}} for
    [[about 70,000 people|capacity;a=the UN refugee agency;alt=UNHCR]], now shelters
    [[more than 110,000|displaced;a=the UN refugee agency;alt=UNHCR]], the UN refugee agency
    said. [[Another 60,000 refugees|displaced;a=UNHCR]] live in villages around Bassikounou,
    outside the camp, it said. Arrivals peaked in {{March}}, when
    [[up to 1,500 people a day|displaced;a=aid workers]] reached the border, aid workers said.
    About {{80%}} of the new arrivals are women and children. The agency said it had set up
    [[two new sites|capacity;a=The agency;alt=UNHCR]] to receive them and was distributing
    [[3,000 emergency shelters|aid;a=The agency;alt=UNHCR]].""",
)

item(
    "At the Fassala border post, a steady line of families",
    """At Fassala, the last Mauritanian village before the Malian border, the reception point
    registers [[between 200 and 400 people|displaced;a=officials]] on an ordinary day,
    officials said. Many arrive on donkey carts after walking for {{three or four days}}. Aïcha,
    {{41}}, came with her [[six children|displaced]] from a village near Léré after soldiers
    burned [[about 20 huts|housing;a=Aïcha]], she said. "They took
    [[my two brothers|missing]] and we never saw them again." Médecins Sans
    Frontières said its teams at the border had treated
    [[more than 4,000 children|aid;a=Médecins Sans Frontières]] for malnutrition since
    {{January}}. The reception point, meant to hold
    [[no more than 500 people|capacity;a=a UNHCR official]] at a time, held
    [[nearly 2,000|displaced;a=a UNHCR official]] last week, a UNHCR official said.""",
)

item(
    "Mauritania expels Malian migrants after identity checks",
    """Mauritania has deported [[more than 1,200 Malians|returned;a=Malian officials]] since
    {{early March}}, Malian officials said, after a wave of identity checks in Nouakchott and
    Nouadhibou. The Malians in Mauritania association said
    [[at least 300 of its members|arrested;a=The Malians in Mauritania association]] had been
    held in detention centres for days before being driven to the border at Gogui. Mali's
    ministry of Malians abroad said it had received
    [[14 buses|other;a=Mali's ministry of Malians abroad]] of returnees at Nioro du Sahel in a
    single week. The ministry said it had set up
    [[two transit centres|capacity;a=The ministry;alt=Mali's ministry of Malians abroad]] at
    Nioro and Kayes that can each hold [[500 people|capacity;a=The ministry;alt=Mali's ministry
    of Malians abroad]]. Mauritania said those sent back were irregular migrants and that refugees
    registered with UNHCR were not affected. The [[roughly 150,000 Malians|civilians;a=community
    leaders]] who work legally in Mauritania fear being caught up in the checks, community
    leaders said. Among those deported were
    [[dozens of women and children|returned;a=the association;alt=The Malians in Mauritania
    association;n=women and children]], the association said.""",
)

item(
    "Ménaka refugees in Niger's Tillabéri region face new attacks",
    """Niger hosts [[about 60,000 Malian refugees|displaced;a=UNHCR]], most of them in the
    Tillabéri and Tahoua regions, according to UNHCR. At the Tabareybarey camp near Ayorou,
    [[1,800 families|displaced;a=camp leaders]] arrived from the Ménaka region in {{2023}},
    camp leaders said. Gunmen attacked the camp's outskirts in {{June}}, killing
    [[four refugees|killed;a=local authorities]] and abducting
    [[two others|kidnapped;a=local authorities]], according to local authorities. UNHCR said
    it planned to move [[some 3,500 refugees|displaced;p;a=UNHCR]] to the Ouallam site, which
    can take [[up to 5,000 people|capacity;a=UNHCR]]. New arrivals are still registered at a rate of
    [[between 20 and 30 people a day|displaced;a=UNHCR]], UNHCR said. Aid agencies built
    [[some 250 new shelters|aid]] at
    Tabareybarey last year. Since the {{2023}} coup in Niamey,
    funding for the refugee operation has fallen by {{40%}}.""",
)

item(
    "Few refugees return from Mbera as fighting continues",
    """Only [[1,340 refugees|returned;a=UNHCR]] have gone home from Mbera to Mali under the
    voluntary repatriation programme since {{2016}}, UNHCR said, out of a camp population
    that has more than doubled in that time. [[A further
    800 or so|returned;a=the agency;alt=UNHCR;q=approx;n=-]] returned on their own in
    {{2024}}, the agency estimates. The returnees received cash grants and
    [[320 shelter kits|aid;a=the agency;alt=UNHCR]], the agency said. Most of those who went back found their villages near
    Léré emptied, said a community leader, Mohamed Ag Ahmed. "Of the
    [[120 families|returned;a=Mohamed Ag Ahmed]] who went home with me, half have come back to
    the camp," he said. The tripartite agreement signed by Mali, Mauritania and UNHCR in
    {{2016}} foresees the return of [[all 70,000 refugees|returned;p;a=The tripartite
    agreement]] registered at the time. UNHCR does not currently promote returns, but
    it said [[about 1,900 refugees|returned;p;a=UNHCR]] had asked to go home next
    year.""",
)

item(
    "Displacement inside Mali reaches new high, IOM says",
    """The number of internally displaced people in Mali rose to
    [[402,000|displaced;a=the International Organization for Migration]] at the end of
    {{2024}}, according to the International Organization for Migration. The Ségou, Mopti
    and Timbuktu regions account for more than {{60%}} of them. The IOM counted
    [[348 displacement sites|capacity;a=The IOM]] across the country, of which
    [[112|capacity;a=The IOM;u=other]] were in the Ménaka region. Another
    [[tens of thousands of people|displaced;a=aid agencies]] living with host families are
    not counted, aid agencies say. The IOM said [[some 88,000 people|returned;a=The IOM]] had
    returned to their villages during the year, mostly in the Kayes and Koulikoro regions. The
    agency recorded [[some 9,000 people|displaced;a=The agency;alt=the International Organization
    for Migration]] newly displaced in {{December}} alone.""",
)

item(
    "Aid distribution in Ménaka as displaced families wait for food",
    """The World Food Programme began distributing rations to
    [[32,000 displaced people|aid;a=The World Food Programme]] in Ménaka on {{Monday}}, after
    its first convoy in {{three months}} reached the town under army escort, the agency said.
    The [[23 trucks|aid;a=the agency;alt=The World Food Programme]] carried
    [[480 tonnes|aid;a=the agency;alt=The World Food Programme]] of cereals, pulses and oil,
    the agency said. Each family receives a ration meant to last {{30 days}}. The Norwegian
    Refugee Council said it had also handed out
    [[1,100 household kits|aid;a=The Norwegian Refugee Council]] and built
    [[60 latrines|aid;a=The Norwegian Refugee Council]] at the largest site. About
    [[5,000 people|displaced;a=the council;alt=The Norwegian Refugee Council]] still sleep in
    the open, the council said.""",
)

item(
    "Refugees reach Algerian border after drone strikes around Tinzaouaten",
    """[[Hundreds of families|displaced;a=the Algerian Red Crescent]] have crossed into Algeria
    from the Tinzaouaten area since the army's drone campaign intensified, the Algerian Red
    Crescent said on {{Thursday}}. The organisation said it had set up
    [[three reception centres|capacity;a=The organisation;alt=the Algerian Red Crescent]] near
    Bordj Badji Mokhtar and was feeding [[about 7,000 people|aid;a=The organisation;alt=the
    Algerian Red Crescent]]. Tuareg community leaders put the number who had crossed at
    [[more than 12,000|displaced;a=Tuareg community leaders]]. Algeria does not usually give
    figures for arrivals. Many of the newcomers had already been displaced two or three times. Algerian soldiers turned
    back [[about 200 people|returned;a=the Red Crescent]] at the border crossing in {{April}},
    the Red Crescent said, and [[two children|killed;a=the Red Crescent]] died of thirst on the
    way.""",
)

item(
    "Unicef warns of malnutrition in Mbera as rations are cut",
    """The World Food Programme cut food rations in Mbera by half in {{January}} for lack of
    funds, leaving [[about 90,000 refugees|aid;a=The World Food Programme]] on
    {{1,050 kilocalories}} a day, the agency said. Unicef said it had admitted
    [[2,900 children|aid;a=Unicef]] under the age of {{five}} to its feeding programme since
    {{December}}, nearly double the number a year earlier. The agency said it needed
    {{$8 million}} to keep its programme running until {{June}}. Doctors at the camp's health
    post said [[three children|killed;a=Doctors at the camp's health post]] had died of
    malnutrition in the past {{two weeks}}. The agency said
    [[another 40,000 refugees|aid;p;a=The agency;alt=The World Food Programme]] would lose their
    rations in {{April}} unless new funds arrived. A cut in cash transfers also hit
    [[15,000 households|aid]] in the host villages.""",
)

item(
    "Families who fled Léré describe flight to Mauritania",
    """[[More than 600 families|displaced;a=community leaders]] left the Léré area in the
    {{two weeks}} after the army and its Russian allies searched villages along the
    Mauritanian border, community leaders said. Refugees interviewed at Mbera said soldiers
    had detained [[dozens of men|arrested;a=Refugees interviewed at Mbera]] at the weekly
    market and burned [[a hundred homes|housing;a=Refugees interviewed at Mbera]]. Human
    Rights Watch said it had confirmed the deaths of
    [[at least 13 civilians|killed;a=Human Rights Watch]] and the disappearance of
    [[eight others|missing;a=Human Rights Watch]]. Herders said they had left behind
    [[several thousand head of livestock|other;a=Herders]], most of their wealth. The army
    said it had been pursuing terrorists and had not targeted civilians.""",
)

item(
    "School in Mbera camp turns pupils away",
    """The [[11 primary schools|other;a=UNHCR]] in the Mbera camp have places for
    [[about 9,000 pupils|capacity;a=UNHCR]] but [[more than 19,000 children|civilians;a=UNHCR]]
    of school age live in the camp, UNHCR said. Some classes are taught in shifts of {{four hours}}, a
    teacher said. The agency said it planned to build
    [[40 more classrooms|other;p;a=The agency;alt=UNHCR]] this year and to hire
    [[120 teachers|other;p;a=The agency;alt=UNHCR]]. Mauritania's education ministry said
    [[4,500 refugee children|civilians;a=Mauritania's education ministry]] were enrolled in
    Mauritanian schools in Bassikounou.""",
)

item(
    "Ménaka closes displacement sites as families head home",
    """Authorities in Ménaka said on {{Sunday}} that [[about 2,300 households|returned;a=Authorities in Ménaka]]
    had returned to villages around Inékar after the army reopened the road to Anderamboukane.
    The regional governor said the [[nine sites|capacity;a=The regional governor]] that had
    sheltered them would be closed by the end of the month. The returnees receive a package
    of food and tools for {{three months}}, he said, and [[about 300 families|displaced;a=The regional governor]] had chosen to
    stay in town. The governor said
    [[up to 700 more households|returned;p;a=The governor;alt=The regional governor]] were
    expected to go home before the rains. The International Committee of the Red
    Cross said it had distributed seed to [[1,900 families|aid;a=The International Committee
    of the Red Cross]]. The army said it had deployed [[200 soldiers|combatants;a=The army]] along the road. Aid
    workers warned that up to half of the returnees could be displaced again if it closed.""",
)

item(
    "Refugee funding falls short as Mauritania hosts more Malians",
    """UNHCR's operation in Mauritania was {{23%}} funded at the end of {{September}}, the
    agency said, with {{$26 million}} received out of {{$112 million}} requested for
    {{2025}}. The shortfall is the largest since the operation began in {{2012}}. The World
    Bank approved a grant of {{$50 million}} over {{four years}} for the Hodh Ech Chargui
    region, which borders Mali. Mauritania's government has spent the equivalent of {{1.5%}}
    of its budget on the region's water networks since {{2022}}.""",
)

item(
    "Heat and sand: summer in the Mbera camp",
    """Temperatures in the Mbera camp reached {{47 degrees Celsius}} in {{late May}}, the
    highest recorded there since {{2017}}. Water is trucked in from boreholes {{18 km}}
    away, and each refugee is meant to receive {{20 litres}} a day. A sandstorm on
    {{June 3}} cut the road to Bassikounou for {{two days}}. The rainy season, expected in
    {{July}}, usually brings {{250 mm}} of rain. Camp committees meet every {{Tuesday}} at
    {{9 am}} to plan the week's distributions.""",
)

item(
    "Mali and Mauritania agree border patrols after incidents",
    """Mali and Mauritania agreed on {{Friday}} to set up joint patrols along their
    {{2,237-kilometre}} border, after a series of incidents in which Mauritanian herders were
    killed on Malian soil. The agreement, signed in Nouakchott, will take effect on
    {{April 1}} and run for {{12 months}}, renewable. It is the {{third}} such accord since
    {{2022}}. The two governments also agreed to meet every {{six months}} and to set up a
    hotline. Trade between the two countries was worth {{$400 million}} in {{2023}}.""",
)

item(
    "Burkinabè and Malian refugees share camps in northern Niger",
    """About [[12,000 refugees|displaced;a=the regional authorities]] from Mali and Burkina Faso
    arrived in the Intikane area of Niger's Tahoua region last year, according to the
    regional authorities. The Intikane settlement, designed for
    [[25,000 people|capacity;a=aid agencies]], now holds
    [[close to 40,000|displaced;a=aid agencies]], aid agencies said. Gunmen killed
    [[two camp leaders|killed]] there in {{2024}}. UNHCR said it had registered
    [[7,400 new arrivals|displaced;a=UNHCR]] from the Ménaka region in the first half of the
    year and expected [[as many as 10,000 more|displaced;p;a=UNHCR;n=-]] by December. The
    agency has relocated [[about 1,100 families|displaced;a=The agency;alt=UNHCR]] to
    Tahoua town.""",
)
