"""Items: the Derna floods in divided Libya, the Kakhovka dam flood, cholera, floods and storms
in Yemen, and cholera, quakes and kidnappings in Haiti."""

from _wrap import item

item(
    "Derna toll passes 3,800 as thousands remain missing",
    """The death toll from the floods that tore through Derna rose to [[3,845|killed;a=Othman
    Abduljalil;alt=the health minister of the eastern-based government]] on {{Wednesday}}, the
    health minister of the eastern-based government, Othman Abduljalil, told a news conference.
    [[More than 10,000 people|missing;a=the International Federation of Red Cross and Red Crescent
    Societies]] were still missing, according to the International Federation of Red Cross and
    Red Crescent Societies. The Libyan Red Crescent said its volunteers were recovering [[between
    400 and 500 bodies a day|killed;a=The Libyan Red Crescent]] from the mud and from the sea.
    Two dams above the city burst before dawn on {{September 11}} after Storm Daniel dropped more
    than {{400 millimetres}} of rain in {{24 hours}}. A preliminary satellite analysis by UNOSAT
    counted [[891 buildings|housing;a=A preliminary satellite analysis by UNOSAT]] destroyed and
    [[more than 200|housing;a=A preliminary satellite analysis by UNOSAT;u=structure]] damaged in
    the city centre. Libya has had rival governments in Tripoli and the east since {{2014}}, and
    aid officials said the split had slowed the response. Hospitals in Derna, Al Bayda and
    Benghazi have treated [[more than 2,000 injured people|injured;a=the ambulance service]], the
    ambulance service said.""",
)

item(
    "Eight officials detained over Derna dam collapse",
    """Libya's attorney general said on {{September 25}} that [[eight current and former
    officials|arrested;a=Libya's attorney general]] of the water resources authority and the
    Derna municipality had been detained pending an investigation into the collapse of the city's
    two dams. Among them was the mayor, Abdulmenam al-Ghaithi, whose house was set on fire by
    protesters a week earlier. [[Hundreds of residents|other]] had rallied outside the Sahaba
    mosque demanding accountability. Amnesty International said the eastern authorities had
    detained [[at least 10 protesters|arrested;a=Amnesty International]] and cut mobile networks
    in the city for {{two days}}. The Libyan National Army, which controls the east, said it had
    deployed [[some 2,000 soldiers|combatants;a=The Libyan National Army]] to Derna for relief
    work, and ordered [[about 50 foreign journalists|other;a=The Libyan National Army;p]] to leave.
    In {{2024}} a court in Derna sentenced [[12 officials|arrested]] to prison terms of {{nine to
    27 years}}.""",
)

item(
    "IOM counts 43,000 displaced across north-east Libya",
    """The International Organization for Migration said [[more than 43,000 people|displaced;
    a=The International Organization for Migration]] had been displaced in north-east Libya by
    the floods, [[roughly 30,000|displaced;a=The International Organization for Migration]] of
    them from Derna. Most were staying with relatives or in [[27 schools|capacity;a=the
    organisation;alt=The International Organization for Migration]] and public
    buildings in Benghazi, Al Bayda and Tobruk, the organisation said. Each school can hold [[no
    more than 150 people|capacity;a=local officials]], local officials said. Migrant workers from Egypt and Sudan,
    [[thousands of whom|civilians;n=-]] lived in Derna's old town, were among the hardest hit. By
    {{December}}, IOM said, [[about 16,000 people|returned;a=IOM]] had gone back to the city,
    many to homes with no running water. The eastern government said it planned to build [[3,000
    prefabricated units|capacity;a=The eastern government;p]] for families whose homes were
    lost.""",
)

item(
    "Greek rescuers killed in crash on their way to Derna",
    """[[Four Greek rescuers|killed;a=Greece's foreign ministry]] were killed and [[15
    others|injured;a=Greece's foreign ministry;n=-]] injured when their bus collided with a car near
    Benghazi on the way to Derna, Greece's foreign ministry said. The team was one of [[12 foreign
    search and rescue teams|other;u=other]] in the city, from Egypt, Turkey, the United Arab
    Emirates, Italy, Algeria and elsewhere. A convoy of [[40 trucks|aid;a=the Government of
    National Unity]] carrying food, medicine and body bags also arrived from Tripoli, the
    Government of National Unity said, a rare show of cooperation across Libya's divide. The UN
    said it had flown in a team of [[15 specialists|other;a=The UN]] and enough supplies for
    [[6,000 people|aid;a=The UN]]. WHO said [[more than 150 people|other;a=WHO]] had been treated
    for diarrhoea after drinking contaminated water.""",
)

item(
    "Derna's unidentified dead buried in mass graves",
    """Health officials in eastern Libya said [[more than 1,000 bodies|killed;a=Health officials
    in eastern Libya]] had been buried in mass graves outside Derna in the first week after the
    floods, many of them without being identified. WHO
    urged authorities to stop the practice, saying bodies of people killed by a disaster rarely
    carry disease. A forensic team sent by the attorney general's office took DNA samples from
    [[some 4,500 relatives|other;a=the office]] of the missing, the office said. Fishermen
    found [[dozens of bodies|killed]] washed up on beaches as far as {{100 kilometres}} east of
    the city. The Libyan Red Crescent has since buried [[at least 2,600 people|killed;a=The Libyan
    Red Crescent]] it could not name, it said. Egypt's foreign ministry said [[74
    Egyptians|killed;a=Egypt's foreign ministry]] from a single village in Beni Suef province were
    among the dead.""",
)

item(
    "Derna's dams were flagged for repair decades ago",
    """The Abu Mansour dam, the larger of the two that failed above Derna, held up to {{22.5
    million cubic metres}} of water and was built by a Yugoslav company between {{1973}} and
    {{1977}}. A study published by a Libyan hydrologist in {{2022}} warned of a catastrophe if the
    dams were not maintained. A Turkish firm was hired in {{2007}} for repairs worth about
    {{$250 million}}, but work stopped after the uprising of {{2011}}. Libya's audit bureau said
    in {{2021}} that only {{one-fifth}} of the money had been spent. Storm Daniel's rain fell on a
    catchment of about {{575 square kilometres}}, and the wave that hit the city was estimated
    at up to {{7 metres}} high.""",
)

item(
    "Thousands flee rising water in Kherson after Kakhovka dam breach",
    """Ukraine's interior minister, Ihor Klymenko, said on {{June 7}} that [[more than 2,700
    people|displaced;a=Ihor Klymenko;alt=Ukraine's interior minister]] had been evacuated from
    flooded areas on the right bank of the Dnipro, and that [[about 17,000|displaced;a=Ihor
    Klymenko;alt=Ukraine's interior minister;p]] would need to leave. Officials in Kherson region
    said [[around 3,600 homes|housing;a=Officials in Kherson region]] were under water in [[29
    villages and towns|other;a=Officials in Kherson region]]. Russian shelling hit an evacuation
    point in Kherson city, killing [[two people|killed]] and wounding [[nine|injured]], among
    them a police officer. The national police said it had
    sent [[400 officers|combatants;a=The national police]] and [[more than 100 boats|other;a=The
    national police]] to the region. Russia and Ukraine accuse each other of blowing up the
    dam.""",
)

item(
    "Occupied Oleshky counts its drowned as Russia blocks evacuation",
    """Russian-installed officials in the occupied part of Kherson region said [[41
    people|killed;a=Russian-installed officials]] had drowned on the left bank of the Dnipro,
    where the town of Oleshky lay almost entirely under water. Residents and Ukrainian officials
    say the real toll is far higher, with [[hundreds|killed;a=Residents and Ukrainian
    officials]] dead in Oleshky alone. Volunteers on the Ukrainian-held bank said they had
    ferried [[about 1,200 residents|displaced;a=Volunteers on the Ukrainian-held bank]] across the river by boat under fire.
    Russian troops detained [[at least seven volunteers|arrested;a=a Ukrainian rights
    group]] who tried to evacuate people from Hola Prystan, a Ukrainian rights group said. Before
    the war Oleshky had [[about 24,000 inhabitants|civilians]]. The Russian-installed
    authorities said [[some 7,000|displaced;a=The Russian-installed authorities;n=-]] had been
    moved from the flood zone.""",
)

item(
    "Kakhovka reservoir keeps falling as cooling pond checked",
    """The water level in the Kakhovka reservoir fell by about {{3 metres}} in the first {{24
    hours}} after the dam was breached on {{6 June 2023}}, Ukraine's hydropower company said,
    and by the next week it stood below {{12.7 metres}}, the level needed to pump water to the
    Zaporizhzhia nuclear plant. The IAEA said the plant's cooling pond held enough water for
    {{several months}}. The reservoir once held about {{18 cubic kilometres}} of water and fed
    canals that irrigated {{584,000 hectares}} of farmland. The World Bank put direct damage from
    the flood at about {{$2.79 billion}} and said {{94 percent}} of the irrigation systems in
    Kherson region depended on it.""",
)

item(
    "Yemen's cholera epidemic passes half a million cases",
    """The World Health Organization said on {{August 14}} that [[more than 500,000 suspected
    cholera cases|other;a=The World Health Organization]] had been recorded in Yemen since the
    outbreak resurged in {{April}}, and that [[1,975 people|killed;a=The World Health
    Organization]] had died. It said [[about 5,000 new cases a day|other;a=The World Health
    Organization]] were being reported. [[Some 30,000 health workers|other]] have not been paid
    for {{nearly a year}}, and {{fewer than half}} of the country's health
    facilities are working. UNICEF said children accounted for {{more than a quarter}} of
    cases. The war between the Houthis and the Saudi-led coalition has killed [[more than 10,000
    people|killed;a=the UN]] since {{March 2015}}, the UN says, and [[about 3 million|displaced;a=the
    UN]] have been driven from their homes.""",
)

item(
    "Houthis hold UN staff as cholera returns to Hodeidah",
    """Houthi authorities in Sanaa have detained [[at least 13 UN staff members|arrested;a=the
    UN]], along with [[dozens of employees|arrested;a=the UN]] of aid groups and embassies, the
    UN said on {{June 10}}, as a new wave of cholera spread along the Red Sea coast. The UN
    secretary-general called for their immediate release. WHO said [[nearly 95,000 suspected
    cases|other;a=WHO]] and [[258 associated deaths|killed;a=WHO]] had been reported across
    Yemen in the first {{five months}} of the year, most of them in Houthi-held areas. Aid
    groups said the detentions had forced them to suspend work in several districts of Hodeidah province. The UN estimates that [[18.2
    million people|civilians;a=The UN]] in Yemen need humanitarian aid this year.""",
)

item(
    "Floods in western Yemen kill dozens and sweep away camps",
    """Flash floods in Hodeidah and al-Mahwit provinces have killed [[at least 84 people|killed;
    a=the International Organization for Migration]] and left [[25|missing;a=the International
    Organization for Migration]] missing, the International Organization for Migration said on
    {{August 13}}. The agency said [[about 34,000 families|displaced;a=The agency;alt=the
    International Organization for Migration]] had lost their homes or shelters, and that
    [[more than 70 displacement sites|capacity;a=The agency;alt=the International Organization
    for Migration]] had been damaged. In al-Mahwit, a landslide buried [[15 houses|housing;a=a
    local official]] in the village of al-Khabt, a local official told the Houthi-run Saba news
    agency. OCHA said [[some 268,000 people|civilians;a=OCHA]] were affected. The coalition air
    strikes that once hit Hodeidah port have stopped, but the front lines south of the city
    have not moved since {{2018}}.""",
)

item(
    "Cyclone Chapala hits al-Qaeda-held Mukalla",
    """Cyclone Chapala made landfall near Mukalla on {{Tuesday}}, a port city held by al-Qaeda in
    the Arabian Peninsula since {{April}}, flooding streets and destroying [[about 200
    houses|housing;a=residents]], residents said. Officials of the exiled government said [[at
    least eight people|killed;a=Officials of the exiled government]] had died on Socotra and in
    Mukalla and that [[some 40,000|displaced;a=Officials of the exiled government]] had fled
    low-lying areas. AQAP has [[an estimated 1,000 fighters|combatants]] in the city. On social
    media, it said its members had handed out food to families. The UN refugee agency
    said [[up to 1.1 million people|civilians;a=The UN refugee agency;p]] could be affected.
    Yemen has not been hit by a cyclone of this strength since records began in {{the
    1940s}}.""",
)

item(
    "Cholera spreads in gang-held Cite Soleil",
    """Haiti's health ministry said on {{October 21}} that it had recorded [[more than 1,200
    suspected cholera cases|other;a=Haiti's health ministry]] and [[at least 35
    deaths|killed;a=Haiti's health ministry]] since the disease returned this month, most of
    them in Cite Soleil and other areas of Port-au-Prince held by gangs. Doctors Without Borders
    said it was treating [[about 100 patients a day|other;a=Doctors Without Borders]] at its
    centre in Cite Soleil. A gang blockade of the Varreux fuel terminal has kept water trucks
    and hospital generators idle for {{six weeks}}. The UN said gangs had kidnapped [[at least
    1,107 people|kidnapped;a=The UN]] in the first {{nine months}} of the year and that [[more
    than 96,000|displaced;a=The UN]] had fled their homes. PAHO said it would send [[1.2 million
    vaccine doses|aid;a=PAHO;p]].""",
)

item(
    "Quake toll in southern Haiti rises as gangs let convoys pass",
    """Haiti's civil protection agency said on {{August 18}} that [[2,207 people|killed;a=Haiti's
    civil protection agency]] had died in the earthquake, [[12,268|injured;a=Haiti's civil
    protection agency]] were injured and [[344|missing;a=Haiti's civil protection agency]] were
    still missing. It said [[more than 130,000 homes|housing;a=Haiti's civil protection agency]]
    were destroyed or damaged in the departments of Sud, Grand'Anse and Nippes. The only road
    south runs through Martissant, a district gangs have fought over since {{June}}. The {{G9}}
    alliance said it would allow a convoy of [[14 trucks|aid;a=The G9 alliance;p]] to
    pass, and the UN's World Food Programme said it planned to reach [[215,000
    people|aid;a=the UN's World Food Programme;p]] with food in the coming weeks.""",
)

item(
    "Missionaries who helped quake victims are kidnapped near the capital",
    """Gang members seized [[17 missionaries|kidnapped;a=Haitian police]] and their relatives east
    of Port-au-Prince on {{Saturday}}, among them [[five children|kidnapped;a=Haitian
    police]], Haitian police said. The group, with Christian Aid Ministries of Ohio, had been
    visiting an orphanage and helping with rebuilding after the {{August}} earthquake. Police
    said the {{400 Mawozo}} gang demanded {{$1 million}} for each captive. The gang is believed to
    have [[about 150 members|combatants;a=police]], police said. [[Two of the
    hostages|kidnapped;a=the group;alt=Christian Aid Ministries]] were freed in {{November}} and [[three more|kidnapped;a=the
    group;alt=Christian Aid Ministries;n=-]] in {{December}}, the group said. The quake had left [[650,000 people|civilians;
    a=the UN]] in need of help, the UN said.""",
)
