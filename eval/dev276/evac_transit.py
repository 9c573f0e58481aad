"""dev276 items: transit centres, trains, children, charities and the national counts (15 with
figures, 2 without)."""

from _wrap import item

item(
    "At Pavlohrad station, the first stop after the front",
    """The transit centre at Pavlohrad station received
    [[14,300 evacuees|displaced;a=the Ministry of Social Policy]] from Donetsk region in
    {{August 2025}}, the Ministry of Social Policy said. Staff register new arrivals, hand out
    hot meals and SIM cards and put them on trains to the west; on a busy day
    [[up to 900 people|displaced]] pass through. The centre has
    [[120 beds|capacity;a=Olena]] for those who must wait overnight, said its coordinator,
    Olena, who gave only her first name. UNHCR said it had given
    [[6,100 evacuees|aid;a=UNHCR]] emergency cash since {{June}}. Ukrainian Railways runs
    [[two evacuation trains|other;u=other;a=the company;alt=Ukrainian Railways]] a day from
    Pavlohrad, to Lviv and Chernivtsi, the company said. Medical teams met
    [[42 bedridden patients|displaced]] off ambulances in {{August}}. {{One in four}} evacuees
    is older than {{70}}, staff say.""",
)

item(
    "Aboard the MSF hospital train from the Donbas",
    """Medecins Sans Frontieres said its medical evacuation train had carried
    [[48 patients|displaced;a=Medecins Sans Frontieres]] from Pokrovsk to Lviv on
    {{July 7, 2022}}, including [[11|injured;a=Medecins Sans Frontieres]] with blast or
    shrapnel wounds. The train has an intensive care carriage and can carry
    [[up to 50 patients|capacity]] lying down. Since {{March}} it has made
    [[29 trips|other;a=the charity;alt=Medecins Sans Frontieres]] and evacuated
    [[more than 1,200 patients|displaced;a=the charity;alt=Medecins Sans Frontieres]],
    including [[95 children|displaced;a=the charity;alt=Medecins Sans Frontieres]], the charity
    said. [[A dozen doctors and nurses|other;n=doctors and nurses]] work on each journey, which
    takes about {{20 hours}}.""",
)

item(
    "Children still in the Donetsk front line despite orders",
    """[[About 1,000 children|civilians;a=regional children's services]] still live in
    front-line communities of Donetsk region despite orders to evacuate them, regional
    children's services said on {{June 1, 2025}}. Police have filed
    [[more than 150 reports|other;u=other]] against parents who refused to take their children
    out. In {{2024}}, [[about 45,000 children|displaced;a=the Ministry of Social Policy]] were
    evacuated from front-line areas of Donetsk, Kharkiv, Sumy and Zaporizhzhia, the Ministry of
    Social Policy said. Since the start of the full-scale invasion,
    [[more than 19,500 Ukrainian children|kidnapped;a=the Ukrainian government]] have been
    deported or forcibly taken to Russia, according to the Ukrainian government. Only
    [[about 1,300|returned;a=the presidential office]] have been brought back, the presidential
    office said. By the end of {{2024}}, [[at least 659 children|killed;a=UNICEF]] had been
    killed in the war, UNICEF said.""",
)

item(
    "Zaporizhzhia volunteers drive people and pets out",
    """The charity Helping to Leave said it had taken
    [[more than 2,100 people|displaced;a=Helping to Leave]] out of the occupied and front-line
    parts of Zaporizhzhia region in {{2025}}, along with
    [[250 to 300 pets|other;u=other;a=Helping to Leave]]. The group runs
    [[four minibuses|other]] a week from Zaporizhzhia to Dnipro. In {{April}}, a drone strike
    on a convoy near Vasylivka wounded [[two volunteers|injured;a=the group;alt=Helping to
    Leave]] and [[five passengers|injured;a=the group;alt=Helping to Leave]], the group said.
    The regional military administration estimates that
    [[about 140,000 people|civilians;a=The regional military administration]] still live in
    the region's front-line communities, including
    [[12,000 children|civilians;a=The regional military administration]]. The city of
    Zaporizhzhia hosts [[around 160,000 displaced people|displaced;a=the city council]],
    according to the city council.""",
)

item(
    "IOM: 3.7 million Ukrainians displaced inside the country",
    """[[About 3.7 million people|displaced;a=the International Organization for Migration]]
    are internally displaced in Ukraine, the International Organization for Migration said in
    a survey published on {{April 28, 2025}}. The agency said
    [[about 160,000 people|displaced;a=The agency;alt=International Organization for
    Migration]] had fled front-line areas since {{January}}, most of them from Donetsk. It
    estimated that [[around 4.3 million people|returned;a=International Organization for
    Migration]] had returned home since {{2022}}. Collective centres for displaced people now
    number [[about 1,800|capacity;u=structure;a=the Ministry of Social Policy]], housing
    [[nearly 100,000 people|displaced;a=the Ministry of Social Policy]], according to the
    Ministry of Social Policy.""",
)

item(
    "Kharkiv sports hall becomes an evacuation hub",
    """A humanitarian hub set up in a Kharkiv sports hall in {{May 2024}} has registered
    [[more than 22,000 evacuees|displaced;a=the city council]] from the north of the region,
    the city council said. It is run by [[50 to 60 volunteers|other]] and social workers. Each
    family receives a hygiene kit and a food set on arrival;
    [[38,000 kits|aid;a=the Norwegian Refugee Council]] have been handed out, according to the
    Norwegian Refugee Council, which supplies them. The hub has
    [[250 camp beds|capacity]] for people who arrive after the curfew. It also takes animals:
    [[more than 1,400 cats and dogs|other;u=other;n=cats and dogs]] have been brought in
    since it opened. On the busiest day, [[23 buses|other]] arrived. Staff say
    {{one in three}} arrivals is a pensioner living alone.""",
)

item(
    "Care homes emptied as war reaches the north-east",
    """[[About 200 children|displaced;a=regional officials]] from care homes in Sumy region
    were evacuated to western Ukraine and Poland on {{March 15, 2022}}, regional officials
    said. Ukraine had [[more than 100,000 children|civilians;a=UNICEF]] in institutions before
    the invasion, UNICEF said. By {{June 2022}},
    [[about 35,000|displaced;a=the Ministry of Social Policy]] had been moved to other regions
    or abroad, according to the Ministry of Social Policy. Staff from a children's home in
    Kharkiv described leaving with [[47 children|displaced]] on a single bus. UNICEF said
    [[at least 12 children's institutions|housing;u=structure;a=UNICEF]] had been damaged by
    shelling. In Mariupol, [[about 30 children|missing;a=regional officials]] from a care home
    were unaccounted for, regional officials said.""",
)

item(
    "Displaced pensioners must re-register within 90 days",
    """Pensioners evacuated from front-line areas must re-register their pensions within
    {{90 days}}, the Pension Fund said on {{November 4, 2024}}. People aged {{65}} and older
    may do so online. The fund said that in the {{2024}} fiscal year it spent
    {{UAH 1.2 billion}} on payments to displaced people, about {{3%}} of its budget. Offices in
    Dnipro are open from {{08:00}} to {{17:00}}.""",
)

item(
    "Drone damages line, delaying Pavlohrad evacuation train",
    """The {{06:15}} evacuation train from Pavlohrad left {{three hours}} late on Tuesday after
    a Russian drone damaged the line {{12 km}} north of the station, Ukrainian Railways said.
    Repairs were finished by {{10:40}}. The company said it was the {{fourth}} attack on the
    line this month. Passengers waited in the station's shelter.""",
)

item(
    "Modular town opens for Kupiansk and Izium families",
    """A modular town for families evacuated from the Kupiansk and Izium areas opened in the
    Kharkiv suburb of Pisochyn on {{December 1, 2024}}, with
    [[50 prefabricated homes|capacity]] able to house [[up to 300 people|capacity]]. The
    regional administration said [[64 families|displaced;a=The regional administration]] had
    already moved in. In Dnipro, the city has converted [[14 schools|capacity;a=Borys
    Filatov]] and dormitories into shelters for evacuees from Donetsk region, Mayor Borys
    Filatov said. Filatov said [[about 4,200 evacuees|displaced;a=Filatov]] were living in
    them and that [[another 800|displaced;a=Filatov;p]] were expected by the end of the month.
    [[Hundreds of families|displaced]] from Pokrovsk have also been put up in hotels and
    sanatoriums at state expense.""",
)

item(
    "Police count the cost of evacuation missions",
    """The National Police said on {{February 10, 2025}} that
    [[16 officers|killed;a=The National Police]] had been killed during evacuation missions in
    Donetsk region since {{2022}} and [[more than 50|injured;a=The National Police]] wounded.
    The force now has [[about 250 officers|combatants]] assigned to evacuation units in the
    region, working in armoured vehicles donated by foreign governments. Those units took out
    [[more than 8,000 people|displaced]] last year, including
    [[hundreds of bedridden residents|displaced]]. Volunteer groups have lost people too: the
    Ukrainian charity Base UA said [[three of its drivers|killed;a=Base UA]] had died. Donors
    have supplied [[42 armoured evacuation vehicles|other;a=the Interior Ministry]] since
    {{2023}}, the Interior Ministry said.""",
)

item(
    "Nine children returned from Russia under Qatari mediation",
    """[[Nine Ukrainian children|returned;a=the presidential office]] taken to Russia from
    occupied Kherson region were returned to their families on {{October 16, 2024}} through
    Qatari mediation, the presidential office said. Their return brings to
    [[about 1,000|returned;a=officials]] the number brought home under the Bring Kids Back UA
    programme, officials said. Kyiv says [[19,546 children|kidnapped;a=Kyiv]] have been
    deported or forcibly taken to Russia or occupied territory since {{2022}}. Russia's
    children's commissioner, Maria Lvova-Belova, has said that
    [[about 700,000 children|displaced;a=Maria Lvova-Belova]] from Ukraine moved to Russia,
    most with their parents, to escape the fighting. The International Criminal Court issued an
    arrest warrant for Lvova-Belova in {{March 2023}}. Among those returned this month were
    [[two siblings|returned]], aged {{six}} and {{11}}.""",
)

item(
    "Sumy Red Cross registers thousands from border villages",
    """The Sumy branch of the Ukrainian Red Cross said it had registered
    [[8,400 people|displaced;a=the Ukrainian Red Cross]] evacuated from border communities
    since {{January 2025}}. [[About 1,900 households|aid;a=the branch;alt=Ukrainian Red Cross]]
    have received cash grants of {{UAH 10,800}} each, the branch said. Farmers who left had to
    abandon [[more than 3,000 head of cattle|other;a=the regional agriculture department]],
    the regional agriculture department estimates. In Sumy city,
    [[26 collective shelters|capacity]] host [[about 2,900 evacuees|displaced]]. Russian drone
    strikes on evacuation routes have killed [[five civilians|killed;a=police]] in {{2025}},
    police said.""",
)

item(
    "Kherson evacuation offered for the winter",
    """Ukraine began evacuating civilians from recently liberated Kherson on
    {{November 21, 2022}}, citing Russian shelling and damage to power and heating. Deputy
    Prime Minister Iryna Vereshchuk said the state would pay for
    [[up to 20,000 people|displaced;a=Iryna Vereshchuk;p]] to move to Mykolaiv, Odesa,
    Kropyvnytskyi and Khmelnytskyi for the winter. The first train left with
    [[about 100 passengers|displaced]], among them [[26 children|displaced]].
    [[About 80,000 people|civilians;a=local officials]] remained in a city that had
    [[280,000|civilians;a=local officials]] before the war, local officials said. Shelling
    killed [[seven|killed;a=Yaroslav Yanushevych]] and wounded
    [[21|injured;a=Yaroslav Yanushevych]] in Kherson region on Monday, Governor Yaroslav
    Yanushevych said. Energy companies said they had restored power to {{85%}} of the city.""",
)

item(
    "SBU detains suspects filming evacuation trains",
    """The SBU security service said on {{January 23, 2025}} it had detained
    [[two people|arrested;a=The SBU security service]] in Dnipropetrovsk region who were
    filming evacuation trains for Russian intelligence. It said it had detained
    [[more than 40 people|arrested;a=The SBU security service]] accused of guiding strikes on
    railway infrastructure since {{2024}}. A Russian drone strike on Balakliia station in
    {{October 2025}} wounded [[14 passengers|injured;a=Ukrainian Railways]], Ukrainian
    Railways said. Police in Kharkiv region arrested [[three men|arrested]] who had taken money
    to drive residents out of the closed zone and then abandoned them on the road. In
    Kramatorsk, [[11 people|arrested;a=police]] were detained for breaking the curfew, police
    said.""",
)

item(
    "Lviv station, gateway for the exodus",
    """Lviv's railway station received [[more than 50,000 people a day|displaced;a=Andriy
    Sadovyi]] at the peak of the exodus in {{March 2022}}, the city's mayor, Andriy Sadovyi,
    said. The city turned [[about 500 buildings|capacity]], many of them schools, into
    shelters for [[around 200,000 displaced people|displaced]]. Volunteers served
    [[up to 30,000 hot meals a day|aid;a=World Central Kitchen]] at the station, World Central
    Kitchen said. By mid-April,
    [[between 6,000 and 7,000 people a day|returned;a=Ukrainian Railways]] were going back
    east, Ukrainian Railways said. {{Two years later}},
    [[about 150,000 displaced people|displaced;a=the city council]] still live in Lviv, the
    city council said.""",
)

item(
    "Orikhiv holds on with fewer than a thousand residents",
    """[[Fewer than 1,000 people|civilians;a=the town's military administration]] remain in
    Orikhiv, a town of [[14,000|civilians;a=the town's military administration]] before the
    war, the town's military administration said on {{August 12, 2025}}. Army units have
    pulled [[about 60 residents|displaced]] out of cellars on the southern edge of the town
    since {{July}}. Zaporizhzhia governor Ivan Fedorov said
    [[about 5,000 Russian troops|combatants;a=Ivan Fedorov]] had been massed near Kamianske. He
    said [[14 residents|missing;a=Ivan Fedorov]] of the southern districts were missing after
    a Russian assault, and that [[at least three|kidnapped;a=Ivan Fedorov]] had been taken away
    by Russian soldiers. Drone strikes wounded [[six people|injured]] in the town on
    Sunday.""",
)
