"""Displacement, migration and humanitarian features told through people: jungle and sea
crossings, camps, detention, shelters and returns (16 articles with figures, 1 without)."""

from _wrap import item

item(
    "Through the Darién with two small daughters",
    """Yohana Pérez tied her daughters to her with a bedsheet for the river crossings. The girls,
    aged six and nine, walked most of the way through the Darién Gap themselves. "We started
    out [[60|displaced;n=-;a=Yohana Pérez;alt=Pérez]] in the group, and by the {{third day}} we
    were maybe [[45|displaced;n=-;q=approx;a=Yohana Pérez;alt=Pérez]]," she said at the reception
    station in Lajas Blancas, Panama. Pérez, {{31}}, left Maracay with her husband and
    [[two daughters|displaced]] in August {{2023}}. Panama's migration service says
    [[more than 520,000 people|displaced;a=Panama's migration service]] crossed the jungle that
    year. At the height of the season, [[about 2,000 people a day|displaced]] reached Lajas
    Blancas. Doctors Without Borders said it treated
    [[676 survivors|injured;a=Doctors Without Borders]] of sexual violence in the Darién in
    {{2023}}. A guide who gave his name as Elías said he charges {{$300}} a person and leads
    [[up to 100 people|displaced;a=Elías]] at a time. Panamanian authorities recovered
    [[at least 36 bodies|killed]] from the trails that year.""",
)

item(
    "A night on the rescue ship, in a volunteer's words",
    """Lena Hoffmann, a medical student from Hamburg, was handing out life jackets when the rubber
    boat started to fold in the middle. "It had [[about 130 people|displaced;a=Lena Hoffmann;alt=Hoffmann]]
    on it, and most could not swim," she said. The crew of the {{Sea-Watch 2}} pulled
    [[117|other;n=-]] from the water off Libya that night in May {{2016}} and recovered
    [[four bodies|killed]]. Survivors said [[nine|missing;n=-;a=Survivors]] others were lost.
    Hoffmann, {{24}}, is one of [[22 volunteers|other]] on board. She treated
    [[six women|injured;a=Lena Hoffmann;alt=Hoffmann]] for fuel burns, she said, two of them
    pregnant. Italy's interior ministry counted
    [[more than 181,000 migrants|displaced;a=Italy's interior ministry]] arriving by sea in
    {{2016}}, a record. The International Organization for Migration says
    [[more than 4,500 people|killed;a=The International Organization for Migration]] died
    crossing the central Mediterranean that year. "You remember the faces," Hoffmann said.""",
)

item(
    "Hasina Begum's walk to Kutupalong",
    """Hasina Begum walked for nine days through the hills of Rakhine with her
    [[four children|displaced]], eating leaves and drinking from streams. "We were
    [[about 200 people|displaced;a=Hasina Begum;alt=Begum]] from our village," she said. "The
    soldiers shot my husband and [[one son|killed;a=Hasina Begum;alt=Begum]]," she said.
    [[More than 600,000 Rohingya|displaced;a=UNHCR]] have crossed into Bangladesh since {{25
    August}}, UNHCR said in November {{2017}}. Doctors Without Borders estimated that
    [[at least 6,700 Rohingya|killed;a=Doctors Without Borders]] were killed in the first month
    of the crackdown. In her block of the Kutupalong camp, the community leader, Nur Alam, said
    he is responsible for [[1,400 families|displaced;a=Nur Alam]]. Aid agencies have dug
    [[about 10,000 latrines|aid]] in the camps. "We get [[25 kilograms|aid;a=Hasina Begum;alt=Begum]]
    of rice every {{15 days}}," Begum said. Begum, who thinks she is about {{35}}, has never
    been to school.""",
)

item(
    "Fourteen months in Tajoura, and a flight to Rwanda",
    """Tesfay Kidane spent {{14 months}} in the Tajoura detention centre east of Tripoli after the
    Libyan coastguard caught his boat. "There were [[about 600 of us|arrested;n=-;a=Tesfay Kidane;alt=Kidane]]
    in one hangar," he said. An air strike hit the hangar next to his on {{2 July 2019}}, killing
    [[at least 53 migrants|killed;a=the UN]] and wounding [[130|injured;n=-;a=the UN]], the UN
    said. "[[Two of my friends|killed;a=Tesfay Kidane;alt=Kidane]] died there," Kidane said.
    Kidane, {{22}}, left Eritrea at {{17}} and paid smugglers {{$3,500}}. UNHCR said
    [[about 5,800 refugees and migrants|arrested;n=refugees and migrants;a=UNHCR]] were held in detention centres in
    Libya that summer. The agency has evacuated [[more than 2,400 people|displaced]]
    from Libya to Niger and Rwanda since {{2017}}. Kidane now lives in the Gashora transit
    centre in Rwanda, which can hold [[up to 500 people|capacity]]. He studies English for
    {{three hours}} a day.""",
)

item(
    "At Torkham, a driver takes his family back to a country he never knew",
    """Gul Mohammad has lived in Peshawar for {{40 years}} and drives a truck for a living, but in
    November {{2023}} he was loading his own family's beds onto it. "[[Eleven of us|returned;n=-;a=Gul Mohammad]]
    are going back to Nangarhar," he said at the Torkham crossing. Pakistan gave undocumented
    Afghans until {{1 November}} to leave; [[more than 200,000 Afghans|returned;a=the UN]] had
    crossed back by mid-November, the UN said. Pakistan says
    [[an estimated 1.7 million undocumented Afghans|civilians;v=1700000;a=Pakistan]] live in
    the country. [[Hundreds of trucks|other]] piled with bedding and charpoys queued on the
    highway. Police detained [[his two nephews|arrested;a=Gul Mohammad]] in a raid in October,
    he said. Pakistani authorities said [[more than 1,000 people|arrested;a=Pakistani authorities]]
    had been detained in the crackdown. On the Afghan side, a doctor at the reception camp,
    Sharifullah, said his clinic sees [[about 400 patients a day|injured;a=Sharifullah]]. The
    Taliban's refugee ministry said [[about 150 families a day|returned;a=The Taliban's refugee ministry]]
    were being given land.""",
)

item(
    "The midwife of the Bentiu camp",
    """Nyakuoth Gatkuoth delivered her first baby inside the Bentiu protection-of-civilians site
    by torchlight. "Last month I delivered [[212 babies|other;a=Nyakuoth Gatkuoth;alt=Gatkuoth]]," she
    said in {{2016}}, at the end of a {{24-hour}} shift. She works with
    [[two other midwives|other]] for a site that holds [[more than 120,000 people|displaced;a=the UN mission]],
    according to the UN mission. Gatkuoth, {{33}}, fled Leer in {{2015}} with her
    [[four children|displaced]]. [[Six of her relatives|killed;a=Nyakuoth Gatkuoth;alt=Gatkuoth]]
    were killed when soldiers burned her village, she said. Doctors Without Borders said it
    treated [[more than 3,000 children|injured;a=Doctors Without Borders]] for malaria in the camp
    in a single month. The World Food Programme feeds [[about 110,000 people|aid]] there.
    Across South Sudan, [[1.6 million people|displaced;v=1600000;a=the UN]] were displaced
    inside the country, the UN said.""",
)

item(
    "In an olive grove near Atmeh, a camp of 230 tents",
    """Khaled al-Hamoud, known to everyone as Abu Ahmad, runs a camp in an olive grove near
    Atmeh that did not exist in December. "We have [[230 tents|capacity;a=Khaled al-Hamoud]] and
    [[about 1,400 people|displaced;a=Khaled al-Hamoud]]," he said in February {{2020}}, "and
    [[nine families|displaced;a=Khaled al-Hamoud]] share each latrine." His own family of
    [[11|displaced;n=-;a=Khaled al-Hamoud]] sleeps in [[two tents|capacity;a=Khaled al-Hamoud]],
    he said. The UN says [[nearly 950,000 people|displaced;a=The UN]] have fled the government
    offensive in Idlib since December. "[[Two children|killed;a=Khaled al-Hamoud]] froze to
    death in the camp next to ours last week," he said. A Turkish charity delivered
    [[500 blankets|aid]] on Tuesday, not enough for the night's frost of minus {{7C}}. The camp
    coordination group counts [[more than 1,200 camps|capacity;a=The camp coordination group]]
    in the northwest.""",
)

item(
    "The soup kitchen at the end of the Simón Bolívar bridge",
    """Every day at noon, Gladys Contreras ladles rice and lentils into plastic bowls in a parish
    hall in Cúcuta, a few streets from the bridge to Venezuela. "We serve
    [[about 4,000 meals a day|aid;a=Gladys Contreras;alt=Contreras]] now," she said in {{2018}}.
    "When we started, it was [[30 people|aid;a=Gladys Contreras;alt=Contreras]]." Contreras,
    {{62}}, runs the kitchen with [[60 volunteers|other]] and
    [[eight tonnes|aid]] of donated rice a month. [[About 35,000 people|other;a=Colombian officials]]
    cross the bridge each day, Colombian officials say, most of them to buy food and go back.
    Migración Colombia said [[about 870,000 Venezuelans|displaced;a=Migración Colombia]] were
    living in Colombia by mid-year. Gustavo, a {{19}}-year-old from Maracaibo, arrived with
    [[his two cousins|displaced]] after walking from the border town of San Antonio. He will
    sleep tonight in the parish shelter, which has [[120 beds|capacity;u=other]].""",
)

item(
    "At Przemyśl station, a volunteer and the night trains",
    """Magdalena Nowak hands out SIM cards and sandwiches at Przemyśl Główny station, where the
    trains from Lviv arrive after midnight. "Yesterday [[about 9,000 people|displaced;a=Magdalena Nowak;alt=Nowak]]
    came through," she said in March {{2022}}. She has given away
    [[5,000 SIM cards|aid;a=Magdalena Nowak;alt=Nowak]] in a week, she said. Poland's border
    guard said [[more than 2 million refugees|displaced;v=2000000;a=Poland's border guard]] had
    crossed from Ukraine in the first three weeks of the war. [[About 300 volunteers|other]]
    work in shifts at the station, whose old waiting hall now holds
    [[400 camp beds|capacity;u=other]]. Olha, a nurse from Kharkiv, came with
    [[her two sons|displaced]] and her mother, who is {{84}}. "There were
    [[200 of us|displaced;n=-;a=Olha]] in the basement of our building for a week," she said.
    From the station forecourt, [[12 buses|other]] leave for Kraków and Warsaw every day.""",
)

item(
    "In a Tijuana church, the asylum seekers wait for a number",
    """Pastor Ezequiel Ruiz unlocks the church doors at six in the evening and lets the families
    in. "Tonight we have [[about 350 people|displaced;a=Ezequiel Ruiz;alt=Ruiz]], in a church
    built for [[150|capacity;n=-;a=Ezequiel Ruiz;alt=Ruiz]]," he said in October {{2019}}. Under
    the Remain in Mexico policy, [[more than 50,000 asylum seekers|returned;n=asylum seekers;a=US officials]] had
    been sent back to Mexico to wait for their hearings, according to US officials. The informal
    waiting list kept by the migrants themselves had
    [[about 2,500 names|displaced]] on it. US border officers were processing
    [[about 40 asylum claims a day|other;u=other]] at San Ysidro. Dania, from San Pedro Sula, came with
    [[three children|displaced]]. "We were [[about 70|displaced;n=-;a=Dania]] on the back of a
    truck through Chiapas," she said. Ruiz, {{58}}, said
    [[two Honduran teenagers|killed;a=Ezequiel Ruiz;alt=Ruiz]] who had stayed at the church were
    killed in the city in December.""",
)

item(
    "In the Calais dunes, a Kurdish mechanic's fourth attempt",
    """Karwan, a mechanic from Ranya in Iraqi Kurdistan, dries his shoes by a fire in the dunes
    outside Calais. "We were [[48|displaced;n=-;a=Karwan]] on the boat and the engine stopped in
    the middle," he said of his {{third}} attempt, which ended with a French patrol towing them
    back. Karwan, {{29}}, paid smugglers {{€3,000}} and shares a tent with
    [[five others|displaced]]. Police cleared the camp on Tuesday and slashed
    [[about 30 tents|housing;a=Utopia 56]], the aid group {{Utopia 56}} said. The group says
    [[about 1,000 people|displaced;a=The group;alt=Utopia 56]] sleep rough around Calais and
    Dunkirk, and its volunteers hand out [[about 800 meals a night|aid;a=The group;alt=Utopia 56]].
    [[More than 45,000 people|displaced;a=the Home Office]] crossed the Channel in small boats
    in {{2022}}, according to the Home Office. In November {{2021}},
    [[27 people|killed]] drowned when a dinghy sank. Jean-Marc, a retired fisherman in
    Wimereux, said he had pulled [[two men|other;a=Jean-Marc]] out of the surf in the summer.""",
)

item(
    "A Beirut school becomes a shelter, and its teacher its manager",
    """Hussein Fakih taught maths at a public school in Beirut's Tariq al-Jdideh district until the
    war came north in September {{2024}}. Now he runs it as a shelter. "We have
    [[412 people|displaced;a=Hussein Fakih;alt=Fakih]] in [[22 classrooms|capacity;a=Hussein Fakih;alt=Fakih]],"
    he said, "and [[three families|displaced;a=Hussein Fakih;alt=Fakih]] in each room." Fakih,
    {{49}}, fled Nabatieh with [[six relatives|displaced]] in the first week of the strikes.
    [[More than 1 million people|displaced;a=the government]] have fled their homes, the
    government says, and it has opened [[more than 900 shelters|capacity;a=the government]],
    most of them schools. Israeli strikes have killed
    [[more than 2,000 people|killed;a=the health ministry]] since September, according to the
    health ministry. With the schools full, [[about 380,000 pupils|civilians]] in the public
    system have no classes. "The children ask me when school starts," Fakih said. "I tell them
    we are already in school.\"""",
)

item(
    "On the Lachin road, a beekeeper leaves Karabakh",
    """Armen Sargsyan packed his Lada with blankets, a sewing machine and his father's photograph
    and joined the line of cars on the Lachin road. "There were
    [[seven of us|displaced;n=-;a=Armen Sargsyan;alt=Sargsyan]] in the car and it took
    {{30 hours}} to go {{80 kilometres}}," he said in Goris in September {{2023}}. He left behind
    [[40 beehives|other;u=other;a=Armen Sargsyan;alt=Sargsyan]], he said. Within a week,
    [[more than 100,000 people|displaced;a=the Armenian government]] had crossed into Armenia,
    nearly the whole population of [[about 120,000|civilians;n=-;a=the Armenian government]],
    the Armenian government said. A fuel depot explosion near Stepanakert killed
    [[more than 210 people|killed]] and injured [[hundreds|injured]]. The Red Cross evacuated
    [[23 patients|displaced;a=The Red Cross]] with burns by helicopter, it said. Officials in
    Yerevan said [[about 40,000|displaced;n=-;a=Officials in Yerevan]] of the new arrivals were
    staying in hotels and state housing. Sargsyan, {{59}}, does not know where he will live.""",
)

item(
    "Home to Burundi on the convoy from Nduta",
    """Jeanne Niyonzima stepped off the bus at the Gitara transit centre holding a plastic basin
    of pots on her head. "We were [[about 400|returned;n=-;a=Jeanne Niyonzima;alt=Niyonzima]]
    on the convoy," she said, after the ride from the Nduta camp in Tanzania in {{2020}}. She
    fled Burundi in {{2015}} and came back with [[five children|returned]]. UNHCR says
    [[more than 100,000 refugees|returned;a=UNHCR]] have gone home since {{2017}}, and it plans
    to help [[143,000|returned;n=-;p;a=UNHCR]] more in {{2021}}. The convoy had
    [[12 buses|other]]. Gitara can hold [[up to 2,000 people|capacity]]. Each returnee gets
    {{$150}} in cash and seed for {{one season}}. [[About 150,000 Burundian refugees|displaced]]
    remain in Tanzania's camps. Human Rights Watch said Tanzanian police had detained
    [[at least 18 refugees|arrested;a=Human Rights Watch]] in the camps that year.""",
)

item(
    "Out of Moria, with a grandmother on his back",
    """Ahmad Rezaei carried his grandmother out of the Moria camp on his back as the fire reached
    their container. "We were [[nine|displaced;n=-;a=Ahmad Rezaei;alt=Rezaei]] in one
    container," he said, "and we lost everything." Rezaei, {{17}}, came to Lesbos from Herat in
    {{2019}}. Moria, built for [[about 2,800 people|capacity]], held
    [[more than 12,000|displaced;n=-]] when it burned in September {{2020}}.
    [[About 400 unaccompanied minors|displaced]] were flown to the mainland within days.
    [[Five Afghans|arrested;a=Greek police]] were charged with arson, Greek police said. UNHCR
    said it had put up [[about 1,000 tents|capacity;a=UNHCR]] at the new Kara Tepe site, where
    [[about 9,000 people|displaced]] moved in the first week. Germany agreed to take in
    [[1,553 people|displaced;p]] from the Greek islands.""",
)

item(
    "Ten years after the Balkan route, an engineer in Stuttgart",
    """Omar Haddad was {{26}} when he walked out of Aleppo in {{August 2015}}. He crossed to
    Lesbos on a night in September, paid {{€1,200}} for the seat, and walked and rode buses for
    about {{1,900 kilometres}} to Munich, a journey of {{23 days}}. He slept in train stations
    in Belgrade and Budapest and in a field near Tovarnik. Today, at {{36}}, he designs gearboxes
    at a supplier near Stuttgart and earns about {{€4,800}} a month. He passed his German exam
    at level {{C1}} in {{2018}} and became a citizen on {{3 March 2023}}. "The first
    {{six months}} I did not understand anything," he said. He still has the bus ticket from
    Preševo, dated {{21 September}}. Germany's asylum office decided his case in {{11 weeks}}. He goes back to the Balkans every summer, he
    said, for {{two weeks}}.""",
)
