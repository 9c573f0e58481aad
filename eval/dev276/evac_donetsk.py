"""dev276 items: Donetsk, Zaporizhzhia, Kherson and Dnipropetrovsk regions (14 with figures, 2
without)."""

from _wrap import item

item(
    "Pokrovsk orders families with children out as front nears",
    """Ukrainian authorities on {{August 19, 2024}} ordered families with children to leave
    Pokrovsk and [[nine villages|other]] around it as Russian troops came within
    {{10 kilometres}} of the town. Regional governor Pavlo Kyrylenko said
    [[about 53,000 people|civilians;a=Pavlo Kyrylenko]] still lived in Pokrovsk, among them
    [[1,146 children|civilians;a=Pavlo Kyrylenko]]. The families must be out within
    {{two weeks}}, and the Pokrovsk city military administration said it expected
    [[up to 4,000 people|displaced;a=the Pokrovsk city military administration;p]] to leave
    with them. Police said [[more than 600 residents|displaced;a=Police]] boarded evacuation
    buses on Tuesday alone. Many pensioners are staying put. "Where would I go at {{78}}?"
    asked one woman outside the central market. A Russian glide bomb struck nearby
    Novohrodivka overnight, killing [[two men|killed;a=the regional prosecutor's office]] and
    wounding [[five people|injured;a=the regional prosecutor's office]], the regional
    prosecutor's office said.""",
)

item(
    "Barely a thousand left in Pokrovsk, says town chief",
    """The number of people still living in Pokrovsk has fallen to
    [[about 1,300|civilians;a=Serhiy Dobriak]], the head of the town's military
    administration, Serhiy Dobriak, said on {{September 3, 2025}}. Before the full-scale
    invasion the town had [[some 60,000 residents|civilians]]. Among those left are
    [[nine children|civilians;a=Dobriak]] whose parents have turned down every offer of
    evacuation, Dobriak said. Police units known as the White Angels,
    [[some 40 officers|combatants]] in all, still drive into the town in armoured vans.
    Donetsk regional police said [[14 people|displaced;a=Donetsk regional police]] were
    brought out over the past {{seven days}}. A drone hit one of the vans on Sunday, wounding
    [[two officers|injured;a=the police;alt=Donetsk regional police]], the police said. In
    neighbouring Myrnohrad, [[around 1,800 people|civilians;a=the city administration]] remain,
    according to the city administration. [[Dozens of homes|housing]] were hit in both towns
    over the weekend, and aid hubs that once handed out bread to
    [[700 people a day|aid]] have closed.""",
)

item(
    "Kostiantynivka shelled as officials urge residents to go",
    """Russian shelling of Kostiantynivka killed [[four civilians|killed;a=Vadym Filashkin]] and
    injured [[11|injured;a=Vadym Filashkin]] on {{June 2, 2025}}, Donetsk governor Vadym
    Filashkin said, as officials urged the town's remaining residents to leave. Filashkin said
    [[roughly 8,900 people|civilians;a=Filashkin]] remained in the town.
    [[Twenty-six apartment blocks|housing;u=structure;a=the town's military administration]]
    and [[more than 40 private houses|housing;a=the town's military administration]] were
    damaged, according to the town's military administration. Evacuation is free, and buses
    leave from the central square every morning. The charity Vostok SOS said its teams had
    driven [[312 people|displaced;a=Vostok SOS]] out of the town since {{May}}, including
    [[38 children|displaced;a=Vostok SOS]]. Those who stay, mostly the elderly, rely on food
    parcels from the town council: [[1,250|aid;u=other]] were handed out last week.""",
)

item(
    "Missile hits Kramatorsk station crowded with evacuees",
    """A missile strike on the railway station in Kramatorsk on {{April 8, 2022}} killed
    [[at least 50 people|killed;a=Ukrainian officials]], including
    [[five children|killed;a=Ukrainian officials]], Ukrainian officials said.
    [[About 4,000 people|displaced;a=Pavlo Kyrylenko]], most of them women, children and the
    elderly, had gathered there to board evacuation trains, regional governor Pavlo Kyrylenko
    said. Hospitals in Kramatorsk and Sloviansk took in
    [[98 wounded|injured;a=the health ministry]], the health ministry said. Ukrainian Railways
    said it would send evacuation trains through Sloviansk and Pokrovsk instead and laid on
    [[three extra trains|other;u=other;a=Ukrainian Railways;p]] for the next day. Before the
    strike, [[some 30,000 people|displaced;a=the railway company;alt=Ukrainian Railways]] had
    left Kramatorsk by rail in a week, the railway company said. The city's mayor, Oleksandr
    Honcharenko, estimated that {{up to 70%}} of residents had already gone.""",
)

item(
    "In Avdiivka's basements, the ones who will not leave",
    """[[Around 1,600 people|civilians;a=Vitaliy Barabash]] remain in Avdiivka despite months
    of bombardment, the head of the town's military administration, Vitaliy Barabash, said on
    {{October 12, 2023}}. They live mostly in basements without gas, water or power.
    [[No more than ten children|civilians;a=Vitaliy Barabash]] are believed to be among them,
    he said. Before {{2022}} the town had [[32,000 residents|civilians]]. Police said officers
    had made [[more than 20 trips|other;a=Police]] into the town this month and brought out
    [[67 residents|displaced;a=Police]] who had changed their minds. On Wednesday a guided bomb
    hit a {{five-storey}} building in the town centre. [[Two people|killed;a=the regional
    police]] died and [[three|injured;a=the regional police]] were hurt, the regional police
    said.""",
)

item(
    "Child evacuation widened around Kurakhove",
    """Ukraine ordered the mandatory evacuation of children from [[eight more villages|other]]
    around Kurakhove on {{November 12, 2024}}, with
    [[about 230 children|displaced;a=Vadym Filashkin;p]] and their parents told to leave,
    Donetsk governor Vadym Filashkin said. Filashkin said
    [[some 3,000 people|civilians;a=Filashkin]] were still in Kurakhove, which had
    [[about 18,000|civilians;a=Filashkin]] before the invasion. In Selydove, taken by Russian
    forces late in October, [[fewer than 500|civilians;a=Ukrainian officials]] had stayed
    behind, according to Ukrainian officials. Volunteers say the last road out is now watched
    by drones. A drone hit a minibus carrying evacuees near Ulakly on Monday, killing the
    driver and injuring [[four passengers|injured;a=the regional police]], the regional police
    said. Since {{August}}, [[more than 34,000 people|displaced;a=the regional military
    administration]] have been evacuated from the Pokrovsk and Kurakhove directions, the
    regional military administration said.""",
)

item(
    "Huliaipole families ordered to leave within ten days",
    """The Zaporizhzhia regional military administration ordered the forced evacuation of
    families with children from Huliaipole and [[13 nearby villages|other]] on
    {{July 4, 2025}}. Governor Ivan Fedorov said
    [[roughly 430 children|displaced;a=Ivan Fedorov;p]] were to be moved to Zaporizhzhia city
    within {{10 days}}. Before the war Huliaipole had [[about 13,000 residents|civilians]];
    the town's head puts the number left at [[around 2,000|civilians;a=the town's head]]. The
    administration said a transit point at a supermarket in Zaporizhzhia had received
    [[1,142 evacuees|displaced;a=The administration;alt=Zaporizhzhia regional military
    administration]] since {{June}}. Russian drones hit a car carrying evacuees near Orikhiv,
    killing a {{61-year-old}} man and injuring [[two women|injured]]. Fedorov said Russian
    shelling had damaged [[27 homes|housing;a=Fedorov]] in the district over the past day.""",
)

item(
    "Convoys from Mariupol reach Zaporizhzhia",
    """A convoy of [[about 500 cars|other]] carrying people who had escaped Mariupol reached
    Zaporizhzhia on {{May 1, 2022}}, many with the word "children" painted on their doors. The
    UN said a joint operation with the International Committee of the Red Cross had brought
    [[101 civilians|displaced;a=The UN]] out of the Azovstal steel works, among them
    [[17 children|displaced;a=The UN]]. Mariupol officials said
    [[several hundred civilians|civilians;a=Mariupol officials]] were still sheltering in the
    plant's bunkers. The Zaporizhzhia regional administration said
    [[more than 40,000 people|displaced;a=The Zaporizhzhia regional administration]] had passed
    through the city's transit points since mid-March. The city has set up
    [[six reception centres|capacity]] with [[2,400 beds|capacity]], and volunteers hand out
    hot soup and SIM cards in a supermarket car park.""",
)

item(
    "Kherson clears riverside streets of children",
    """Kherson authorities on {{May 14, 2025}} ordered families with children to leave
    [[35 streets|other;u=other]] in the city's riverside districts, where Russian drones hunt
    cars and pedestrians from across the Dnipro. Regional governor Oleksandr Prokudin said
    [[about 400 children|displaced;a=Oleksandr Prokudin;p]] live in the area and must leave
    with their parents. Drones killed [[two people|killed;a=the regional prosecutor's
    office]] and wounded [[nine|injured;a=the regional prosecutor's office]] in the city on
    Tuesday, the regional prosecutor's office said. Kherson had
    [[about 280,000 residents|civilians]] before the invasion;
    [[some 60,000|civilians;a=officials]] remain, officials estimate. Since the start of the
    year, [[1,780 people|displaced;a=Prokudin]] have been evacuated from the city and
    [[47 riverside villages|other;a=Prokudin]], Prokudin said.""",
)

item(
    "Bakhmut: five thousand still in the ruins",
    """Pavlo Kyrylenko, the Donetsk governor, said on {{February 20, 2023}} that
    [[about 5,000 civilians|civilians;a=Pavlo Kyrylenko]], including
    [[140 children|civilians;a=Pavlo Kyrylenko]], were still in Bakhmut. The city had
    [[about 70,000 people|civilians]] before the war. Police said they had persuaded
    [[a dozen residents|displaced;a=Police]] to leave in the past {{three days}}, but many
    refuse, saying they have nowhere to go. The aid group Proliska said its volunteers deliver
    [[about 200 food parcels|aid;a=Proliska]] a week to people living in basements. Shelling
    killed [[three civilians|killed;a=the governor;alt=Pavlo Kyrylenko]] and wounded
    [[seven|injured;a=the governor;alt=Pavlo Kyrylenko]] in the city over the weekend, the
    governor said.""",
)

item(
    "Evacuation allowance raised for front-line families",
    """Ukraine's cabinet on {{March 5, 2025}} raised the one-off allowance for people evacuated
    under mandatory orders to {{UAH 3,000}} for adults and {{UAH 4,500}} for children and people
    with disabilities. The payment, first introduced in {{2022}}, is made within
    {{10 working days}} of registration at a transit point, the Ministry of Social Policy said.
    Rent subsidies for host families were raised by {{20%}}. Officials said the change would
    take effect on {{April 1}}.""",
)

item(
    "Kramatorsk extends curfew as drones reach outskirts",
    """Kramatorsk's military administration extended the daily curfew to {{19 hours}} on
    {{September 22, 2025}}, from {{16:00}} until {{11:00}}, as Russian drones reached the city's
    outskirts. Entry for non-residents is now banned within {{15 km}} of the front line. Mayor
    Oleksandr Honcharenko said the measures would last at least {{30 days}} and that the water
    supply was running at about {{60%}} of normal. Shops may open only between {{11:00}} and
    {{16:00}}.""",
)

item(
    "Strike on Lyman aid point kills people queuing for food",
    """A Russian strike on an aid distribution point in Lyman killed
    [[eight people|killed;a=the Interior Ministry]] and wounded
    [[14|injured;a=the Interior Ministry]] on {{June 11, 2024}}, the Interior Ministry said.
    Residents had gathered for food parcels and to sign up for evacuation buses. The charity
    that ran the site, East SOS, said it had been serving [[about 350 families|aid;a=East
    SOS]] a week. Only [[some 7,000 people|civilians;a=local officials]] remain in the Lyman
    community, which had [[22,000|civilians;a=local officials]] before the invasion,
    according to local officials. After the strike, [[41 residents|displaced;a=the community
    head]] asked to be evacuated, the community head said. [[Five houses|housing]] nearby were
    destroyed.""",
)

item(
    "Chasiv Yar residents unaccounted for as Russians enter town",
    """[[About 90 residents|missing;a=Donetsk regional police]] of Chasiv Yar who refused to
    leave are unaccounted for after Russian troops entered the town, Donetsk regional police
    said on {{August 5, 2025}}. Before the assault began in {{spring 2024}},
    [[some 700 people|civilians]] still lived there. Ukraine's human rights commissioner, Dmytro Lubinets, said
    [[at least 11 civilians|kidnapped;a=Dmytro Lubinets]] had been abducted by Russian soldiers
    from the town and nearby Toretsk and taken to occupied Horlivka. Officers pulled out
    [[23 people|displaced;a=the police;alt=Donetsk regional police]] in the last
    {{two weeks}} before the road was cut, the police said. In Toretsk,
    [[four residents|killed;a=officials]] were killed by drones while queuing for water in
    July and [[two|injured;a=officials]] were wounded, officials said.""",
)

item(
    "First mandatory evacuations ordered in Dnipropetrovsk region",
    """Ukraine ordered its first mandatory evacuations in Dnipropetrovsk region on
    {{June 10, 2025}} after Russian troops crossed the regional border from Donetsk. Governor
    Serhiy Lysak said families with children would be moved from
    [[seven villages|other;a=Serhiy Lysak]] in the Mezhova and Pokrovske communities,
    [[about 600 children|displaced;a=Serhiy Lysak;p]] in all. Lysak said
    [[3,000-5,000 people|displaced;a=Lysak;p]] could eventually have to leave. Regional
    officials said the transit centre in Pavlohrad, {{70 kilometres}} to the north-west, has
    room for [[300 people|capacity;a=Regional officials]] at a time and processed
    [[1,450 evacuees|displaced;a=Regional officials]] last month. Russian strikes on the
    Pokrovske community killed [[three people|killed]] and damaged [[12 houses|housing]] on
    Sunday.""",
)

item(
    "Stepnohirsk empties as drones hunt the road out",
    """Only [[about 100 people|civilians;a=the local council]] remain in Stepnohirsk, a village
    on the Zaporizhzhia front that had [[4,500 residents|civilians;a=the local council]]
    before the war, the local council said. The Ukrainian Red Cross said its teams had
    evacuated [[36 people|displaced;a=The Ukrainian Red Cross]] with limited mobility since
    {{March}}. Drone strikes on the village and neighbouring Prymorske over the past week
    killed [[three civilians|killed;a=Ivan Fedorov]] and injured
    [[six|injured;a=Ivan Fedorov]], Governor Ivan Fedorov said. In Zaporizhzhia city,
    [[46 families|displaced]] from front-line villages now live in a converted student
    dormitory. According to the city council, the city's
    [[22 collective shelters|capacity;a=the city council]] house
    [[about 3,100 displaced people|displaced;a=the city council]].""",
)
