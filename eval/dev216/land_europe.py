"""dev216 items: the Balkan route from Idomeni to Bosnia, Hungary, Austria and Bulgaria, the
Belarus-Poland border, Finland and Norway's borders with Russia, Iran-Turkey (16 texts, 2 of
them without a figure)."""

from _wrap import item

item(
    "Hungarian police fire tear gas at migrants at Röszke crossing",
    """RÖSZKE, Hungary - Hungarian riot police fired tear gas and water cannon on Wednesday at
    [[hundreds of migrants|displaced]] who tried to break through the closed border gate from
    Serbia. Police said [[20 officers|injured;a=Police]] had been hurt by stones and pieces of
    concrete and that [[29 people|arrested;a=Police]] had been detained. Medics on the Serbian
    side said they had treated [[dozens of people|injured;a=Medics]] for tear gas and cuts.
    Hungary sealed the border at midnight on Monday with a {{175-kilometre}} razor-wire fence.
    [[Some 9,000 people|displaced;a=the UN refugee agency]] were waiting on the Serbian side on
    Wednesday, the UN refugee agency said. [[More than 200,000 people|displaced;a=police]] have
    entered Hungary this year, according to police. The government said it would send [[up to
    4,000 soldiers|combatants;p;a=The government]] to the frontier under new emergency powers.""",
)

item(
    "Austrian police find 71 dead in abandoned lorry near Parndorf",
    """Austrian police said on Friday that [[71 people|killed;a=Austrian police]] - [[59
    men|killed;a=Austrian police]], [[eight women|killed;a=Austrian police]] and [[four
    children|killed;a=Austrian police]] - had been found dead in a refrigerated lorry abandoned
    in a lay-by on the {{A4}} motorway near Parndorf. The victims, believed to be mostly
    Syrians, probably suffocated in Hungary before the truck crossed the border, investigators
    said. Hungarian police arrested [[four men|arrested]], an Afghan and [[three
    Bulgarians|arrested]]. Austria has stepped up checks on vehicles coming from Hungary, and
    police said they had detained [[more than 200 migrants|arrested;a=police]] in cars and vans
    on Sunday. Smugglers were charging about {{€1,500}} a person for the ride from Budapest to
    Vienna, which takes less than {{three hours}}.""",
)

item(
    "Thousands stranded at Idomeni as Balkan route shuts",
    """IDOMENI, Greece - [[More than 14,000 people|displaced;a=Greek officials]] are stranded
    in a muddy tent camp at Idomeni on the border with Macedonia, Greek officials said on
    Monday, after countries along the Balkan route closed their borders to most migrants. The
    camp was set up for [[about 2,500|capacity]]. MSF, which runs clinics there, said it was
    carrying out [[some 600 consultations a day|aid;u=other;a=MSF]], many for respiratory
    infections. Children make up about {{40 percent}} of the camp's population. On Sunday
    Macedonian police fired tear gas at people trying to cut through the fence, and MSF said it
    had treated [[about 260 people|injured;a=MSF]]. Buses took [[about 1,500 people|displaced]]
    to army-run camps further south on Tuesday. Greece says it is building camps for [[50,000
    people|capacity;p;a=Greece]] across the mainland.""",
)

item(
    "Fire guts Bosnia's Lipa camp, leaving hundreds in the snow",
    """A fire destroyed most of the Lipa migrant camp in northwestern Bosnia on Wednesday,
    hours after IOM pulled out of the site, leaving [[about 1,200 people|displaced]] without
    shelter as temperatures fell to {{minus 5C}}. IOM said the fire had destroyed [[17 large
    tents|housing;a=IOM]] used as dormitories. [[About 900 people|displaced]] spent the
    following nights in the open, and Bosnia's army put up [[20 heated tents|capacity]] at the
    site on {{Jan 1}}. Cantonal police said they had moved [[about 400
    migrants|displaced;a=Cantonal police]] to a camp near Bihać. The Una-Sana canton's
    government says [[more than 2,500 migrants|displaced;a=The Una-Sana canton's government]]
    are living in squats and in the forests near the Croatian border. Croatian police pushed
    back [[about 1,000 people|other;a=the Danish Refugee Council]] into Bosnia in {{November}},
    the Danish Refugee Council said.""",
)

item(
    "Pushbacks from Croatia into Bosnia continue, monitoring network says",
    """The Protecting Rights at Borders (PRAB) network recorded [[1,611
    pushbacks|other;u=other;a=The Protecting Rights at Borders (PRAB) network]] from Croatia
    into Bosnia and Herzegovina between January and June, it said in a report on Thursday. The
    pushbacks involved [[more than 5,000 people|other]], among them [[some 380
    children|other]]. The network said [[dozens of people|injured;a=The network;alt=The
    Protecting Rights at Borders (PRAB) network]] had been beaten by officers, and that phones
    and money were routinely taken and destroyed. About {{one in five}} of those interviewed
    said they had asked for asylum in Croatia. Croatia's interior ministry said its police had
    prevented [[more than 29,000 attempts|other;u=other;a=Croatia's interior ministry]] to
    cross the border illegally in {{2022}}. The ministry said it had also arrested [[about
    1,300 smugglers|arrested;a=The ministry;alt=Croatia's interior ministry]] over the year.""",
)

item(
    "Serbia deploys police to Hungarian border after smugglers' shootout",
    """Serbia deployed [[more than 1,000 police officers|combatants;a=the interior ministry]]
    along its border with Hungary on Friday after a gunfight between rival smuggling gangs near
    Horgoš left [[one person|killed;a=the interior ministry]] dead and [[two|injured;a=the
    interior ministry]] wounded, the interior ministry said. Police said they had detained
    [[about 30 suspected smugglers|arrested;a=Police]] and moved [[more than 1,500
    migrants|displaced;a=Police]] from makeshift camps near the border to reception centres in
    the south. Bulldozers flattened [[about 60 makeshift shelters|housing]] in the woods
    outside Subotica. Officers seized [[27 rifles and pistols|other;n=rifles and pistols]] and
    freed [[12 Moroccan migrants|kidnapped]] whom one gang had been holding for ransom in a
    house in the town. Hungary's government spokesman said its police had turned back [[more
    than 150,000 migrants|other;a=Hungary's government spokesman]] at the Serbian border this
    year.""",
)

item(
    "Eighteen migrants found dead in abandoned truck near Sofia",
    """[[Eighteen people|killed;a=Bulgaria's health minister]] were found dead in an abandoned
    truck near the village of Lokorsko, outside Sofia, on Friday, and [[34
    survivors|injured;a=Bulgaria's health minister]] were taken to hospitals, Bulgaria's health
    minister said. The truck had been carrying [[52 people|other;a=police]] from Afghanistan
    hidden under a load of timber, police said. Prosecutors said [[four
    suspects|arrested;a=Prosecutors]], including the driver, had been detained. Bulgaria is
    sending [[an extra 500 border police|combatants;p]] to its {{234-kilometre}} fence with
    Turkey. Border police said they had prevented [[more than 160,000
    attempts|other;u=other;a=Border police]] to cross from Turkey in {{2022}}.""",
)

item(
    "Poland sends 15,000 soldiers as migrants mass at Kuźnica crossing",
    """Between [[2,000 and 4,000 people|displaced;a=Polish officials]] were camped in freezing
    woods on the Belarusian side of the border near Kuźnica on Tuesday, Polish officials said.
    Poland has [[15,000 soldiers|combatants;a=the defence minister]] in the area, alongside
    border guards and police, the defence minister said. The Border Guard said there had been
    [[about 300 attempts|other;u=other;a=The Border Guard]] to break through the fence
    overnight and that [[nine officers|injured;a=The Border Guard]] were hurt by stones. Aid
    groups said [[at least 10 people|killed;a=Aid groups]] had died in the forests on both
    sides since {{September}}, most from hypothermia. Belarusian state media said [[about 1,000
    people|displaced;a=Belarusian state media]] spent the night in a logistics warehouse near
    Bruzgi. Iraq said it would fly [[more than 400 of its citizens|returned;p;a=Iraq]] home
    from Minsk on Thursday.""",
)

item(
    "Rights groups count deaths in Podlasie forest as Poland extends border zone",
    """The Grupa Granica network says [[at least 89 people|killed;a=The Grupa Granica network]]
    have died on both sides of the Polish-Belarusian border since {{2021}}. [[About 200
    others|missing;a=We Are Monitoring]] are listed as missing, according to We Are Monitoring,
    another monitoring group. Poland's Border Guard reported [[about 30,000
    attempts|other;u=other;a=Poland's Border Guard]] to cross illegally in {{2024}}. The
    government has extended a {{200-metre}} exclusion zone along some {{60 kilometres}} of the
    border. [[About 500 residents|civilians]] of villages inside the zone must show papers at
    checkpoints to reach their own homes. In {{June}}, a {{21-year-old}} soldier died after
    being stabbed through the fence. Prosecutors have charged [[more than 400 people|arrested]]
    with smuggling since {{2021}}. Volunteers said they had helped [[more than 3,000
    people|aid;a=Volunteers]] in the forest this year with food, dry clothes and first aid.""",
)

item(
    "Finland shuts last open crossing on Russian border",
    """HELSINKI - Finland will close Raja-Jooseppi, the last crossing still open on its
    {{1,340-kilometre}} border with Russia, at midnight on Wednesday. [[About 900 asylum
    seekers|displaced;a=the Finnish Border Guard]] have arrived at the eastern crossings since
    {{August}}, most in the past {{two weeks}}, the Finnish Border Guard said. At the peak,
    [[between 50 and 100 people a day|displaced;a=the guards;alt=the Finnish Border Guard]]
    reached the Vartius and Nuijamaa crossings, many of them on bicycles in temperatures of
    {{minus 20C}}, the guards said. Frontex said it would send [[about 60
    officers|combatants;p;a=Frontex]] to help Finnish guards. At Salla, a municipality of
    [[about 3,300 people|civilians]], [[about 30 people|displaced;a=a Border Guard official]]
    were waiting in the cold on Tuesday, a Border Guard official said. The government says
    reception centres in Lapland have [[300 places|capacity;a=The government]] free. Police
    detained [[two suspected smugglers|arrested]] in Kuusamo.""",
)

item(
    "Arctic bicycle route: asylum seekers cycle into Norway at Storskog",
    """[[More than 5,000 asylum seekers|displaced;a=Norwegian police]] have crossed from Russia
    into Norway at the Storskog border post this year, almost all of them on bicycles,
    Norwegian police said on Thursday. [[Nearly 1,000|displaced]] came in the past week alone.
    Russia bars crossing on foot, so migrants buy bicycles in Nikel for up to {{$200}} and
    leave them at the border, where police have collected [[about 4,000
    bicycles|other;u=other]]. The justice minister said [[60 people|returned;p;a=The justice
    minister]] with Russian residence permits would be sent back on {{Monday}}. A reception
    centre in Kirkenes set up for [[150 people|capacity;a=the municipality]] was housing [[more
    than 600|displaced;a=the municipality]], the municipality said. Winter temperatures in
    Kirkenes fall to {{minus 30C}}.""",
)

item(
    "Turkey extends wall on Iran border as Afghans cross into Van",
    """VAN, Turkey - Turkey has built {{155 km}} of concrete wall along its border with Iran
    and plans to extend it. Turkish officials said they had detained [[about 1,500
    Afghans|arrested;a=Turkish officials]] in Van province in the past week. The governor's
    office said troops had turned back [[about 4,000 people|other;a=The governor's office]]
    trying to cross in {{July}}. Human rights lawyer Mahmut Kaçan said [[at least 30
    migrants|killed;a=Human rights lawyer Mahmut Kaçan]] had frozen to death in the mountains
    last winter. Turkey's defence ministry said it had [[about 3,000
    soldiers|combatants;a=Turkey's defence ministry]] on the frontier. Police in Van said they
    had freed [[seven Afghans|kidnapped;a=Police in Van]] whom smugglers were holding in a barn
    until their families paid; smugglers charge about {{$1,000}} for the crossing. Turkey hosts
    [[about 3.7 million Syrians|displaced;a=UNHCR]] and [[some 300,000
    Afghans|displaced;a=UNHCR]], according to UNHCR.""",
)

item(
    "Turkey deported 44,000 Afghans this year, interior ministry says",
    """Turkey has deported [[44,768 Afghans|returned;a=the interior ministry]] since January,
    most of them on charter flights from Erzurum and Van, the interior ministry said on Friday.
    Interior Minister Süleyman Soylu said [[more than 280,000 irregular
    migrants|arrested;a=Interior Minister Süleyman Soylu]] had been caught in {{2022}} and
    [[about 8,000 smugglers|arrested;a=Interior Minister Süleyman Soylu]] detained. In Van, the
    bodies of [[seven Afghans|killed]] were found in snow near the Kapıköy crossing in
    {{January}}. The Taliban's refugee ministry said [[more than 4,500 Afghans|returned;a=The
    Taliban's refugee ministry]] had arrived from Turkey in {{November}} alone. Returnees
    described being held in removal centres for up to {{two weeks}}.""",
)

item(
    "Frontex says Western Balkan route busiest since 2015",
    """WARSAW - Frontex detected [[about 145,600 irregular border
    crossings|displaced;a=Frontex]] on the Western Balkan route in {{2022}}, the EU border
    agency said on Friday, the highest number since {{2015}}. Syrians, Afghans and Turks were
    the most common nationalities. The agency said it had [[about 500 officers|combatants;a=The
    agency;alt=Frontex]] deployed in Albania, Montenegro, Serbia and North Macedonia. Serbia's
    Commissariat for Refugees and Migration said its reception centres were holding [[some
    5,000 people|displaced;a=Serbia's Commissariat for Refugees and Migration]], with room for
    [[about 6,000|capacity;a=Serbia's Commissariat for Refugees and Migration]]. The European
    Commission plans to fund [[up to 30 reception centres|capacity;p;a=The European
    Commission]] in the region. About {{one in three}} of those detected had entered Serbia
    visa-free.""",
)

item(
    "Poland's border barrier: the numbers behind the steel",
    """Poland's steel barrier on the Belarusian border stands {{5.5 metres}} high and runs for
    {{186 kilometres}}, topped with coils of razor wire. It was completed on {{June 30, 2022}},
    at a cost of about {{1.6 billion zlotys}}, or roughly {{$350 million}}. An electronic layer
    of cameras and motion sensors, finished in {{2023}}, covers another {{206 km}} of river
    border. In {{2024}} the government announced a further {{10 billion zlotys}} for its "East
    Shield" programme on the Russian and Belarusian borders, to run until {{2028}}.""",
)

item(
    "Finland's emergency border law explained",
    """Finland's parliament passed the temporary law on {{July 12, 2024}}, with the
    {{five-sixths}} majority needed to fast-track legislation that departs from the
    constitution. It lets border guards turn away asylum seekers at the Russian border in areas
    the government designates, for up to {{one month}} at a time. The law is valid for {{one
    year}}. The eastern border, closed since {{December 2023}}, is {{1,340 km}} long. Critics
    say the law breaches the {{1951}} Refugee Convention.""",
)
