"""The Est region (Gourma, Tapoa, Kompienga, Gnagna, Komondjari): Fada N'Gourma, Diapaga, Pama,
Kantchari and the roads between them; and the flight across the borders to Togo, Benin and
Ghana."""

from _wrap import item

item(
    "Diapaga: a town of 40,000 waits for the next convoy",
    """Diapaga, the capital of Tapoa province, has received
    [[two road convoys|aid;a=local officials]] since January, local officials said, and
    its [[roughly 40,000 residents|civilians;a=local officials]] are living on sorghum and leaves.
    The mayor said the town had also taken in
    [[about 12,000 displaced people|displaced;a=The mayor]] from Logobou and Tansarga. A WFP
    helicopter brought in [[nine tonnes|aid;a=WFP]] of nutritional supplements last month,
    according to WFP, enough for about {{six weeks}}. Health workers said
    [[at least 26 people|killed;a=Health workers]], most of them young children and elderly
    people, had died of hunger-related illness since {{March}}. A litre of petrol sells for
    {{2,000 CFA francs}}, more than double the official price. "We are prisoners in our own town,"
    said a teacher, {{41}}, who asked not to be named. The army says it escorted a
    convoy of [[60 trucks|aid;a=The army]] as far as Kantchari in {{early May}} before the road
    was mined again.""",
)

item(
    "Drivers seized, trucks torched on Fada-Pama road",
    """Gunmen stopped a column of commercial lorries on the road between Fada N'Gourma and Pama on
    {{Wednesday}} and set [[18 of them|other;a=the drivers' union;u=other;n=-]] on fire, the drivers'
    union said. The union said [[six drivers|kidnapped;a=The union]] and
    [[two apprentices|kidnapped;a=The union]] had been taken into the bush and that
    [[one driver|killed;a=The union]] was shot dead when he tried to run. The road, part of the
    main corridor to Togo's port of Lome, has been attacked repeatedly this year.
    Hauliers say [[more than 300 trucks|other;a=Hauliers]] are now parked at Fada waiting for an
    army escort. The transport ministry said it would deploy
    [[about 400 more soldiers|combatants;a=The transport ministry;p]] on the route next month.""",
)

item(
    "Twenty-one soldiers die in Gayeri ambush",
    """[[Twenty-one soldiers|killed;a=the armed forces general staff]] were killed and
    [[17|injured;a=the armed forces general staff]] wounded when their unit was ambushed {{25 km}}
    from Gayeri on {{Monday}}, the armed forces general staff said. The wounded were flown to
    Ouagadougou by helicopter. [[Four soldiers|missing;a=the statement;alt=the armed forces general staff]] were still missing, the
    statement added, and search operations were under way. The unit had been escorting
    [[about 30 trucks|aid]] of food and fuel to the besieged town, which shelters
    [[some 25,000 people|civilians]]. In a message on Telegram, JNIM said its fighters had seized
    [[five vehicles|other;a=JNIM]] and a large quantity of weapons. The army said that in its
    counter-attack it had killed [[between 40 and 50 terrorists|killed;a=The army]].""",
)

item(
    "Thousands reach Fada N'Gourma from Kantchari and Matiacoali",
    """CONASUR has registered [[4,836 new arrivals|displaced;a=CONASUR]] in Fada N'Gourma since
    {{October 1}}, bringing the number of displaced people in the town to
    [[more than 95,000|displaced;a=CONASUR]]. Most came from Kantchari and Matiacoali, where
    residents said armed men had ordered [[at least 20 villages|other;a=residents]] to empty within
    {{72 hours}}. The newcomers are housed with host families and in
    [[three sites|capacity]] on the edge of town. The Norwegian Refugee Council said
    [[about 1,300 households|civilians;a=The Norwegian Refugee Council]] had no shelter at all.
    It plans to distribute [[800 tarpaulins|aid;a=The Norwegian Refugee Council;p]] and cash
    of {{25,000 CFA francs}} per family next week. "The registration desk sees
    [[200 families a day|displaced;a=a CONASUR agent]] on a good day," a CONASUR agent said.""",
)

item(
    "Bus passengers kidnapped near Kantchari freed after a week",
    """[[Forty-two passengers|kidnapped;a=security sources]] taken from a bus near Kantchari last
    week have been freed, security sources said on {{Sunday}}. The army said soldiers and
    volunteers had rescued [[38 of them|kidnapped;a=The army;n=-]] in an operation in the Park W
    area, while [[four|kidnapped;a=The army]] had been released earlier, apparently after a
    payment. [[Two hostages|killed;a=The army]] died in captivity, it added. The bus company said
    the vehicle had carried [[more than 60 people|other;a=The bus company]] when it was stopped and
    that women and young children had been let go. The kidnappers had demanded
    {{10 million CFA francs}}, according to relatives. Local officials say
    [[more than 70 travellers|kidnapped;a=Local officials]] were seized on the province's roads in
    the first half of the year and [[at least a dozen|killed;a=Local officials]] killed.""",
)

item(
    "Families trickle back to Pama after army retakes the town",
    """[[Some 2,300 families|returned;a=the Kompienga high commissioner]] have returned to Pama since
    the army and volunteers retook the town in {{April}}, the Kompienga high commissioner said.
    Officials expect [[as many as 4,000 more|returned;a=Officials;p;u=household;n=-]] to follow once
    the road to Fada N'Gourma reopens. Returnees found [[more than 600 houses|housing]] burned or
    looted, and a government programme has so far rebuilt [[140|housing;u=structure]]. UNHCR said
    it had given return kits to [[1,850 households|aid;a=UNHCR]]. The town's
    [[four health centres|other]] are still shut, and the nearest working clinic is {{45 km}}
    away. Residents say [[dozens of young men|combatants;a=Residents]] have joined the VDP since the
    recapture.""",
)

item(
    "Natiaboani base overrun, dozens of soldiers killed",
    """Jihadists overran the military detachment at Natiaboani in the Fada N'Gourma area on
    {{Friday 17 February}}, killing [[at least 51 soldiers|killed;a=the army]], the army said in a
    statement the next day. It said [[about 160 attackers|killed;a=the army]] had been killed in
    air and ground operations that followed. Security sources told AFP that
    [[around 70 soldiers|killed;a=Security sources]] may have died and that
    [[more than 20|missing;a=Security sources]] were missing. The attack came a day after
    [[12 volunteers|killed]] were killed near Tin-Akoff, in the north. A witness said [[several
    hundred motorbikes|other;a=A witness]] took part in the assault. The junta declared {{three days}} of national
    mourning.""",
)

item(
    "Aid trucks looted on the way to Diapaga",
    """Armed men looted [[11 trucks|other;a=the World Food Programme]] carrying food aid to Diapaga on
    {{Tuesday}}, the World Food Programme said, the third such incident on the road this year. The
    agency said the lorries had been carrying
    [[between 250 and 300 tonnes|aid;a=The agency;alt=the World Food Programme]] of cereals,
    pulses and oil, enough to feed
    [[about 30,000 people|aid;a=The agency;alt=the World Food Programme;p]] for a month. [[Three drivers|injured;a=the agency;alt=the World Food Programme]] were beaten,
    the agency said, and the remaining
    [[nine trucks|aid;a=the agency;alt=the World Food Programme]] in the convoy turned back to
    Fada N'Gourma. WFP suspended road deliveries in Tapoa province and said it would try to
    airlift [[up to 150 tonnes|aid;a=WFP;p]] instead. Each helicopter rotation costs about
    {{$12,000}}.""",
)

item(
    "Half of the Est region's schools are closed",
    """[[More than 1,500 schools|other;a=the regional education directorate]] in the Est region
    were closed at the end of {{March}}, the regional education directorate said, or about
    {{half}} of the total. [[Some 230,000 pupils|civilians;a=the directorate;alt=the regional education directorate]] have been affected,
    the directorate said, and [[roughly 6,800 teachers|other;a=the directorate;alt=the regional education directorate]] have been
    redeployed to safer towns. In Fada N'Gourma, [[nine schools|capacity]] are being used to house
    displaced families, and classes run mornings and afternoons. The Education Cannot Wait fund said it
    would pay for [[120 temporary classrooms|aid;a=The Education Cannot Wait fund;p]] in host
    towns. Armed men burned [[two schools|housing;a=a local official]] in Bogande district last week and warned teachers
    not to teach in French, a local official said.""",
)

item(
    "Gendarmes arrest suspects after Fada N'Gourma market attack",
    """Gendarmes in Fada N'Gourma have arrested
    [[31 people|arrested;a=the public prosecutor]] in connection with {{Saturday}}'s attack on the
    town's cattle market, the public prosecutor said. The prosecutor said
    [[nine of the suspects|arrested;a=The prosecutor]] were held on terrorism charges and the rest
    for questioning. The attack killed [[at least 15 people|killed;a=hospital sources]] and wounded
    [[more than 40|injured;a=hospital sources]], according to hospital sources. Rights groups
    warned against reprisals: the Collective against Impunity and Stigmatisation of Communities
    said [[dozens of Fulani residents|arrested;a=the Collective against Impunity and Stigmatisation of Communities]]
    had been rounded up in the days after the attack. [[Six of them|killed;n=-]] were later found
    dead outside town. A rally in support of the army was held in the city centre on
    {{Monday}}.""",
)

item(
    "Partiaga: villagers describe killings as army denies role",
    """Survivors of an attack on Partiaga, in Tapoa province, told Human Rights Watch that men in
    army uniforms and volunteers killed [[at least 60 civilians|killed;a=Survivors]] on
    {{April 20}}. The group said it had the names of
    [[56 victims|killed;a=The group;alt=Human Rights Watch]], among them
    [[11 children|killed;a=The group;alt=Human Rights Watch]]. Villagers said
    [[about 120 homes|housing;a=Villagers]] were burned and
    [[more than 300 cattle|other;a=Villagers]] taken. The army denied involvement and said the
    area was the scene of clashes with jihadists. [[Some 1,800 survivors|displaced;a=a local aid group]]
    fled to Diapaga, a local aid group said. Relatives say [[eight women|missing;a=Relatives]] are still
    unaccounted for.""",
)

item(
    "Burkinabe refugees in northern Togo and Benin pass 100,000",
    """[[More than 100,000 Burkinabe refugees|displaced;a=UNHCR]] and asylum-seekers are now living
    in Togo, Benin, Ghana and Cote d'Ivoire, UNHCR said on {{Friday 14 June}}, most of them from the
    Est and Centre-Est regions. In Togo's Savanes region alone, the agency counted
    [[about 42,000|displaced;a=the agency;alt=UNHCR]], up from
    [[fewer than 5,000|displaced;a=the agency;alt=UNHCR]] at the start of {{2022}}. Ghana's refugee
    board has registered [[14,500 people|displaced;a=Ghana's refugee board]] in the Upper East
    region and opened a transit centre with room for [[3,000 people|capacity]] near Bawku. Ghana
    also sent back [[more than 500 Burkinabe|returned]] in {{July 2023}}, a move UNHCR criticised.
    In Benin, where refugees are scattered across [[dozens of border villages|other]], the
    government plans to open [[two reception sites|capacity;a=the government;p]] by the end of the
    year.""",
)

item(
    "MSF surgeons in Fada N'Gourma work through the night",
    """Medecins Sans Frontieres said its surgical team at Fada N'Gourma's regional hospital had
    treated [[412 patients|injured;a=Medecins Sans Frontieres]] with gunshot and blast wounds in the
    first {{six months}} of the year, nearly double the figure for the same period of {{2023}}.
    On a single night in {{May}}, [[27 wounded|injured]] arrived after an attack on a wedding party
    near Bilanga; [[four|killed;a=staff]] died on the operating table, staff said. The hospital was built
    for [[120 patients|capacity]] but is caring for far more, with patients on mattresses in the
    corridors. MSF said [[nine ambulances|other;a=MSF]] had been stopped or shot at on the
    region's roads this year and that [[two of its drivers|kidnapped;a=MSF]] had been held for
    several days in {{March}}. The charity plans to train
    [[30 more nurses|other;a=The charity;alt=Medecins Sans Frontieres;p]] in war surgery.""",
)

item(
    "Bogande volunteers hold the line with old rifles",
    """In Bogande, the capital of Gnagna province, [[about 450 volunteers|combatants;a=their commander]]
    guard the town's approaches, their commander said, many of them armed with hunting rifles.
    He said [[37 of his men|killed;a=their commander]] had been killed since {{2022}} and
    [[more than 60|injured;a=their commander]] wounded. The defence ministry has promised
    [[300 new rifles|other;a=The defence ministry;p]] and motorbikes. Volunteers receive
    {{40,000 CFA francs}} a month, often paid late. Human rights groups say VDP units in the region
    have been implicated in killings of Fulani civilians; the Burkinabe Movement for Human and
    Peoples' Rights documented [[at least 24 such killings|killed;a=the Burkinabe Movement for Human and Peoples' Rights]]
    in Gnagna last year. Local leaders said [[some 5,000 Fulani residents|displaced;a=Local leaders]]
    had left the province for Fada N'Gourma and Niamey since the killings began.""",
)

item(
    "A year in the Est: the tally",
    """The Est region recorded [[1,184 deaths|killed;a=ACLED]] linked to political violence last
    year, according to ACLED, the highest of any region of Burkina Faso. Of these, civilians made
    up about {{45%}}. CONASUR counted [[412,000 displaced people|displaced;a=CONASUR]] in the
    region at the end of {{December}}, a figure it has not updated since. [[At least
    180 people|kidnapped;a=local journalists]] were abducted on the region's roads, according to a tally by local
    journalists. The army said it had "neutralised"
    [[more than 900 terrorists|killed;a=The army]] in the region over the same period, a number
    that could not be verified. Aid agencies reached [[roughly 260,000 people|aid;a=OCHA]] with
    food assistance, OCHA said, while [[at least 15 aid workers|kidnapped;a=OCHA]] were briefly
    detained by armed groups.""",
)

item(
    "Fada N'Gourma's cattle market reopens after two years",
    """The cattle market in Fada N'Gourma reopened on {{Saturday 2 November}} for the first time since
    {{2022}}, under heavy guard. Prices were high: a bull that fetched {{250,000 CFA francs}} before
    the crisis now sells for {{400,000}}, and a sheep for about {{75,000}}. Herders said they had
    walked up to {{120 km}} to reach the market, many of them for {{five or six days}}. The market's
    revenue, which the town hall puts at some {{30 million CFA francs}} a week in good times, was a
    {{fifth}} of that on the first day. The regional governor, a colonel appointed in {{2023}}, said
    the reopening showed that the state was back. "Fada is not Djibo," he said.""",
)

item(
    "Togo extends state of emergency in the north",
    """Togo's parliament on {{Tuesday}} extended by {{12 months}} the state of emergency in the
    Savanes region, which borders Burkina Faso's Est region, the government said. The measure,
    first declared in {{June 2022}}, lets the army carry out searches and impose curfews between
    {{10pm}} and {{5am}}. The government said security spending would rise by {{18%}} in {{2025}}
    to about {{CFA 110 billion}}. The vote passed {{83-0}}, with the opposition boycotting. Togo
    has suffered attacks on its side of the border since {{2021}}, when the first was recorded in
    the village of Sanloaga.""",
)
