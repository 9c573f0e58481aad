"""Refugee and migration agencies' statements as news: UNHCR, IOM, NRC and the agencies who
count arrivals, returns, deaths and the missing on the way (13 texts)."""

from _wrap import item

item(
    "Sudanese refugees arriving in Chad at 1,000 a day, UNHCR says",
    """Refugees fleeing violence in Sudan's West Darfur are arriving in eastern Chad at a rate
    of [[about 1,000 people a day|displaced;a=the UN refugee agency]], the UN refugee agency
    said on Friday, warning that camps near the border were already full. Chad has received
    [[more than 410,000 refugees|displaced;a=UNHCR]] since fighting broke out in Sudan in
    {{April}}, UNHCR said, on top of [[some 400,000|displaced;a=UNHCR]] who had fled earlier
    waves of violence in Darfur. On a single day in mid-June, [[between 15,000 and 20,000
    people|displaced]] crossed the border at Adre. "We have registered [[more than 8,000 new
    arrivals|displaced;a=Ibrahima Sall]] in Adre in the past week alone," said Ibrahima Sall,
    who heads UNHCR's operation in eastern Chad. The agency said it had relocated [[over 120,000
    people|displaced;a=The agency;alt=the UN refugee agency]] from the border to [[six new
    camps|capacity;a=The agency;alt=the UN refugee agency]] further inland, but that [[about
    160,000|displaced;a=The agency;alt=the UN refugee agency]] were still living in makeshift
    shelters around Adre. Doctors Without Borders said its teams at Adre hospital had treated
    [[more than 850 war-wounded patients|injured;a=Doctors Without Borders]] in {{three days}}
    in mid-June, most of them with gunshot wounds. Adre lies less than {{30km}} from El Geneina,
    and some of the wounded had walked for {{three days}} with bullets still lodged in their
    legs. "People arrive with nothing, and the first thing they ask for is water," Sall said.
    The Darfur Bar Association, a local rights group, has said [[thousands of
    people|killed;a=The Darfur Bar Association]] were killed in El Geneina, the West Darfur
    capital. UNHCR is seeking {{$566 million}} for its operation in Chad this year, and the
    rainy season will soon cut many of the roads to the camps.""",
)

item(
    "Haiti: displacement tops 700,000 as violence spreads beyond capital, IOM says",
    """The number of people displaced by gang violence in Haiti has risen to [[more than
    702,000|displaced;a=the International Organization for Migration (IOM)]], {{more than half}}
    of them children, the International Organization for Migration (IOM) said on Tuesday. The
    total has grown by [[about 124,000|displaced]] in just over {{three months}}. According to
    IOM's Displacement Tracking Matrix, {{about 75 per cent}} of the displaced are staying with
    host families, while [[some 110,000 people|displaced;a=IOM's Displacement Tracking Matrix]]
    live in [[96 displacement sites|capacity;a=IOM's Displacement Tracking Matrix]] in the
    capital area. "Families have been displaced {{two, three, four times}}," said Carla Moreau,
    IOM's chief of mission in Haiti. In the Centre department, the number of displaced people
    has tripled to [[nearly 150,000|displaced;a=the agency;alt=the International Organization
    for Migration (IOM)]] as residents fled attacks on Mirebalais and Saut-d'Eau, the agency
    said. IOM said it had handed out [[12,000 hygiene kits|aid;a=IOM]] and provided [[more than
    40,000 people|aid;a=IOM]] with shelter materials since January.""",
)

item(
    "Burkina Faso tops NRC list of world's most neglected crises",
    """Burkina Faso is the world's most neglected displacement crisis, the Norwegian Refugee
    Council (NRC) said Thursday in its annual ranking. [[Nine|other;u=other]] of the [[10
    crises|other;u=other]] on the list are in Africa. Violence by jihadist groups linked to
    Al-Qaeda and the Islamic State group has forced [[nearly 2 million people|displaced;a=NRC]]
    from their homes in Burkina Faso, NRC said. [[About 800,000 people|civilians;a=the aid
    group;alt=the Norwegian Refugee Council (NRC)]] live in [[some 20 towns|other;a=the aid
    group;alt=the Norwegian Refugee Council (NRC)]] under blockade by armed groups, cut off from
    food and medical care, the aid group said. It added that [[more than 5,700
    schools|other;a=NRC]] and [[about 400 health centres|other;a=NRC]] had been forced to close.
    "Burkina Faso is a crisis the world has chosen to ignore," said Mariam Ouedraogo, NRC's
    country director. Cameroon, which topped the list in {{2019}}, {{2020}} and {{2021}}, came
    second, followed by the Democratic Republic of Congo, where the {{M23}} rebellion has
    displaced [[more than 900,000 people|displaced]] in North Kivu. Only {{42 percent}} of the
    UN appeal for Burkina Faso was funded in {{2022}}, NRC said.""",
)

item(
    "UNHCR says 500,000 Syrian refugees have returned since fall of Assad regime",
    """[[Around 500,000 Syrians|returned;a=the UN refugee agency (UNHCR)]] have returned to
    their country from abroad since the fall of the Assad regime on {{December 8}}, and [[1.2
    million internally displaced people|returned;v=1200000;a=the UN refugee agency (UNHCR)]]
    have gone back to their areas of origin, the UN refugee agency (UNHCR) said on Thursday.
    Most of the returnees came from Türkiye, Lebanon and Jordan, the agency said. Türkiye's
    Interior Ministry said [[over 175,000 Syrians|returned;a=Türkiye's Interior Ministry]] had
    crossed back through its border gates voluntarily in the same period. UNHCR expects [[up to
    1.5 million refugees|returned;p;v=1500000;a=UNHCR]] to return this year, and [[2 million
    displaced people|returned;p;a=UNHCR]] inside Syria to go home. But the agency warned that
    {{90 percent}} of Syrians live below the poverty line and that [[more than 16 million
    people|civilians;a=the agency;alt=the UN refugee agency (UNHCR)]] need humanitarian
    assistance. UNHCR said [[about 6 million Syrians|displaced;a=UNHCR]] remained refugees
    abroad.""",
)

item(
    "2023 deadliest year on record for migrants, IOM data shows",
    """[[At least 8,620 people|killed;a=the UN agency;alt=the International Organization for
    Migration]] died on migration routes worldwide in {{2023}}, the highest toll since the
    International Organization for Migration began keeping records in {{2014}}, the UN agency
    said. The figure is {{20 percent}} higher than in {{2022}}. The Mediterranean remained the
    deadliest route, with [[more than 3,100 deaths and disappearances|killed;n=deaths and
    disappearances;a=the agency's Missing Migrants Project;alt=the International Organization
    for Migration]] recorded by the agency's Missing Migrants Project. [[Hundreds of
    people|killed]] are believed to have drowned when an overloaded fishing boat sank off Greece
    in June. "Behind each of these numbers is a family that may never know what happened," said
    Teresa Valdivia, who coordinates the project. In Africa, the agency recorded [[at least
    1,860 deaths|killed;a=the agency;alt=the International Organization for Migration]], most of
    them in the Sahara and on the sea route to Spain's Canary Islands. In the Americas it
    counted [[1,275 deaths|killed;a=the International Organization for Migration]], including
    [[640|killed;a=the International Organization for Migration]] at the US-Mexico border, where
    heat and drowning in the Rio Grande were the main causes. Since {{2014}}, the project has
    recorded [[more than 63,000 deaths and disappearances|killed;n=deaths and
    disappearances;a=the project;alt=the agency's Missing Migrants Project]]. It runs on {{less
    than $1 million}} a year.""",
)

item(
    "UNHCR: Over 300,000 people flee Lebanon into Syria amid Israeli strikes",
    """[[More than 310,000 people|displaced;a=the UN refugee agency]] have crossed from Lebanon
    into Syria in the past {{10 days}} to escape intensifying Israeli air strikes, the UN
    refugee agency says. {{About 70 percent}} of them are Syrians and the rest Lebanese, UNHCR's
    representative in Syria, Adnan Saleh, told reporters. At the peak, [[as many as 1,500 people
    an hour|displaced;n=people;a=Adnan Saleh]] were crossing at the Masnaa border point, he
    said. An Israeli strike on Friday cut the main road near the crossing, forcing families to
    continue on foot. Lebanon's government says [[more than 1 million
    people|displaced;a=Lebanon's government]] have been displaced inside the country and [[over
    1,000|killed;a=Lebanon's government]] killed in {{two weeks}}. [[Nearly 900 collective
    shelters|capacity;a=the government's disaster risk management unit]], most of them schools,
    are full, according to the government's disaster risk management unit. UNHCR said it had
    distributed [[20,000 mattresses|aid;a=UNHCR]] and [[15,000 blankets|aid;a=UNHCR]] at the
    border. The UN has appealed for {{$426 million}} to help Lebanon over the next {{three
    months}}.""",
)

item(
    "'Nowhere to go back to': displaced Ukrainians face another winter in collective centres",
    """[[Nearly 3.7 million people|displaced;v=3700000;a=the International Organization for
    Migration]] remain displaced inside Ukraine, according to the International Organization for
    Migration, and many are bracing for another winter in former schools, dormitories and
    sanatoriums. The Norwegian Refugee Council (NRC) said [[about 110,000 of
    them|displaced;n=-;a=The Norwegian Refugee Council (NRC)]] live in [[some 2,500 collective
    centres|capacity;a=The Norwegian Refugee Council (NRC)]], many of which lack proper heating.
    In a former kindergarten in Dnipro, Valentyna, {{67}}, shares a room with [[five other
    women|displaced]] from Donetsk oblast. She fled Bakhmut in {{2022}} after months in a
    cellar. "[[Forty of us|civilians;n=-;a=Valentyna]] lived in that basement for {{three
    weeks}}," she said. Her home, she says, is now on the other side of the front line. The
    centres were meant as a stopgap when they opened in the spring of {{2022}}, and some
    regional authorities have begun closing them to push residents into rented flats. Heidi
    Solbakken, NRC's country director, said the organisation had helped [[more than 18,000
    households|aid;a=Heidi Solbakken]] with cash for heating and repairs this year. "People
    cannot stay in limbo for ever," she said. IOM's latest survey found that [[about 4.5 million
    people|returned;v=4500000;a=IOM's latest survey]] have returned to their homes, {{a
    quarter}} of them from abroad. Ukraine's government says [[more than 150,000 residential
    buildings|housing;a=Ukraine's government]] have been damaged or destroyed since {{February
    2022}}. Last week the authorities ordered the evacuation of [[about 1,000
    children|displaced;p]] and their parents from front-line villages in Kharkiv oblast.""",
)

item(
    "Over 200,000 Afghans leave Pakistan as deportation drive intensifies",
    """[[More than 200,000 Afghans|returned;a=the International Organisation for Migration]]
    have returned to Afghanistan from Pakistan since the government announced its deportation
    drive on {{October 3}}, the International Organisation for Migration said on Thursday.
    According to the caretaker interior ministry, [[an estimated 1.7 million
    Afghans|displaced;v=1700000;a=the caretaker interior ministry]] were living in Pakistan
    without valid documents when the {{November 1}} deadline expired. Police have detained
    [[over 12,000 people|arrested;a=the Sindh home department]] in Karachi alone, the Sindh home
    department said. UNHCR said the Torkham crossing was receiving [[up to 17,000 people a
    day|returned;a=UNHCR]] at the peak, {{more than 60pc}} of them women and children. Returnees
    are being housed in [[two transit camps|capacity]] set up by the Taliban administration near
    the border, where temperatures fall below freezing at night. IOM said it had provided
    [[about 30,000 returnees|aid;a=IOM]] with cash and onward transport at Torkham. "Many of
    those returning were born in Pakistan and have never seen Afghanistan," said Sana Javed, a
    UNHCR spokesperson in Islamabad. The government says [[the 1.3 million
    Afghans|displaced;v=1300000;a=The government]] holding Proof of Registration cards are
    exempt until {{December 31}}.""",
)

item(
    "Dadaab: UNHCR records surge of Somali arrivals fleeing drought",
    """[[About 80,000 new arrivals|displaced;a=the UN refugee agency]] from Somalia have reached
    the Dadaab refugee camps in Garissa County since the start of {{2021}}, the UN refugee
    agency has said. The agency said [[more than 28,000 of them|displaced;n=-;a=The
    agency;alt=the UN refugee agency]] had yet to be registered and were living on the outskirts
    of Dadaab's [[three camps|capacity;a=The agency;alt=the UN refugee agency]] without shelter.
    UNHCR's head of sub-office in Dadaab, John Kamau, said the camps, built for [[90,000
    people|capacity;a=John Kamau]], now host [[more than 233,000 refugees|displaced;a=John
    Kamau]]. Health officials have recorded [[at least 900 cases|other;a=Health officials]] of
    cholera in the camps and [[nine deaths|killed;a=Health officials]] since October. Somalia's
    drought has displaced [[1.1 million people|displaced;v=1100000;a=OCHA]] this year, according
    to OCHA. Kenya has twice threatened to close Dadaab, most recently in {{2021}}.""",
)

item(
    "IOM says over 40,000 displaced by Libya floods as search for missing goes on",
    """[[More than 40,000 people|displaced;a=the International Organization for Migration]] have
    been displaced by the floods that swept through eastern Libya, the International
    Organization for Migration said Tuesday, warning that access to the worst-hit city of Derna
    remained difficult. The Libyan Red Crescent said [[at least 3,900 people|killed;a=The Libyan
    Red Crescent]] had died and [[about 9,000|missing;a=The Libyan Red Crescent]] were still
    missing, though tolls from different authorities varied widely. Derna's mayor had earlier
    said the death toll could reach [[18,000 to 20,000|killed;p;a=Derna's mayor]], based on the
    number of neighborhoods swept away. Storm Daniel dumped heavy rain on the region on {{Sept
    10}}, causing the collapse of [[two dams|other;u=structure]] above Derna that sent a wall of
    water {{7 meters}} high through the city. UN satellite analysts said [[more than 1,500
    buildings|housing;a=UN satellite analysts]] in Derna had been damaged or destroyed. [[More
    than 450 rescuers|other]] from Egypt, Turkey, Tunisia and the United Arab Emirates were
    working alongside Libyan teams. The World Health Organization said it had sent [[29
    tons|aid;a=The World Health Organization]] of medical supplies and urged authorities to stop
    burying victims in mass graves.""",
)

item(
    "Record number of children crossing Darien Gap, says UNICEF",
    """[[More than 110,000 children|displaced;a=UNICEF]] crossed the Darien Gap between Colombia
    and Panama in {{2023}}, UNICEF says, a record. Panama's migration authorities recorded
    [[more than 520,000 people|displaced;a=Panama's migration authorities]] crossing the jungle
    in total, {{more than half}} of them Venezuelans. Doctors Without Borders, which runs
    clinics at reception stations on the Panamanian side, said its teams had treated [[397
    survivors of sexual violence|injured;n=survivors;a=Doctors Without Borders]] during the
    year. The journey through the roadless jungle takes {{between three and ten days}}, and at
    the peak in August [[up to 2,000 people a day|displaced]] were reaching the reception
    stations. The UN's migration agency, IOM, has recorded [[at least 50 deaths|killed;a=IOM]]
    on the route this year, but says the real toll is likely to be far higher. Among the
    children, [[about 5,000|displaced;a=UNICEF]] were travelling alone, UNICEF said.""",
)

item(
    "UNHCR says nearly 570 Rohingya died or went missing at sea in 2023",
    """[[Nearly 570 Rohingya|killed;a=the UN refugee agency]] died or went missing at sea in
    {{2023}} while trying to reach Malaysia or Indonesia, the highest toll since {{2014}}, the
    UN refugee agency said on Tuesday. [[About 4,500 Rohingya|displaced;a=UNHCR]] attempted the
    crossing last year, UNHCR said, {{two-thirds}} of them women and children. A boat carrying
    [[about 180 people|missing]] disappeared in the Andaman Sea in December and is presumed to
    have sunk. Indonesia's Aceh province received [[more than 1,500 Rohingya|displaced]] by boat
    in November and December alone, prompting protests by some residents.""",
)

item(
    "Over 11,000 evacuated from Vovchansk area as IOM scales up transit centre",
    """[[More than 11,000 people|displaced;a=the regional governor]] have been evacuated from
    the Vovchansk area of Kharkiv Oblast since Russia launched its cross-border offensive on
    {{May 10}}, the regional governor said on {{May 20}}. The International Organization for
    Migration (IOM) said its teams at a transit centre in Kharkiv had received [[about 6,000
    evacuees|displaced;a=The International Organization for Migration (IOM)]] and handed out
    [[3,500 hygiene kits|aid;a=The International Organization for Migration (IOM)]]. The centre,
    in a former sports hall, can take in [[up to 500 people|capacity]] at a time. Russian
    shelling killed [[at least four civilians|killed;a=the regional prosecutor's office]] in
    Vovchansk on Sunday, the regional prosecutor's office said. Police said [[about 100
    residents|civilians;a=Police]], most of them elderly, were refusing to leave the town. IOM's
    latest survey estimates that [[about 3.5 million people|displaced;v=3500000;a=IOM's latest
    survey]] are internally displaced in Ukraine.""",
)
