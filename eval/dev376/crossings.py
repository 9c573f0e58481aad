"""dev376 items: the Bekaa and the crossings into Syria, 2024-2026."""

from _wrap import item

item(
    "UNHCR: more than 310,000 have crossed from Lebanon into Syria",
    """
[[More than 310,000 people|displaced;a=UNHCR]] have crossed from Lebanon into Syria since
{{September 23}}, UNHCR said on {{Thursday}}, [[about 220,000|displaced;a=UNHCR]] of them Syrians
and [[some 90,000|displaced;a=UNHCR]] Lebanese. Most came through the Masnaa crossing on the
Beirut-Damascus highway, where the agency's staff have counted [[up to 8,000 people a
day|displaced;a=the agency's staff;alt=UNHCR]]. "People are walking across with mattresses on
their heads and children in their arms," said Gonzalo Vargas Llosa, the UNHCR representative in
Syria. Syrian authorities have opened [[22 collective centres|capacity;a=Syrian authorities]] in
Damascus countryside, Homs and Tartous for the Lebanese, they say, and [[about 4,000|displaced;a=Syrian
authorities]] are staying in them. UNHCR and its partners have given out [[35,000 hot
meals|aid;a=UNHCR and its partners]] and [[9,500 blankets|aid;a=UNHCR and its partners]] at the
border.
""",
)

item(
    "Strike cuts Masnaa road, families cross the crater on foot",
    """
An Israeli strike cut the main road between Lebanon and Syria at the Masnaa crossing on
{{October 4}}, leaving a crater {{four metres}} deep, Lebanese Transport Minister Ali Hamie said.
The Israeli military said Hezbollah had used the crossing to bring in weapons. By the next
morning, [[hundreds of people|displaced;a=a Reuters witness]] were climbing down into the crater and up the other side
with suitcases, prams and plastic bags, a Reuters witness said. Lebanese General Security said
[[about 5,600 people|displaced;a=Lebanese General Security]] had crossed on foot that day,
down from [[more than 12,000|displaced;a=Lebanese General Security]] before the strike. Taxi
drivers on the Syrian side charged {{$50}} for the {{50-kilometre}} ride to Damascus. The
Lebanese Red Cross said [[two men|injured;a=The Lebanese Red Cross]] had been hurt by falling
rocks and that its [[six ambulances|other;a=The Lebanese Red Cross]] at the crossing were carrying
the elderly across. A {{second}} strike on {{October 25}} hit the same road and killed [[two people|killed;a=the
army]], a soldier and a Syrian taxi driver, the army said.
""",
)

item(
    "Syrians kidnapped by smugglers in the Bekaa, families asked for ransom",
    """
Armed smugglers in the northern Bekaa have kidnapped [[at least 17 Syrians|kidnapped;a=the
Lebanese army]] trying to cross into Syria through illegal routes since October, the Lebanese
army said, and demanded ransoms of up to {{$5,000}} from their relatives. Soldiers freed [[nine of
them|kidnapped;a=the army;alt=the Lebanese army;n=-]] in a raid on a farm near Hermel on
{{Sunday}} and arrested [[four suspects|arrested;a=the army;alt=the Lebanese army]], the army
said. A {{19-year-old}} from Qusayr said he had been held for {{11 days}} in a chicken shed
with [[five other men|kidnapped;a=A 19-year-old from Qusayr]]. The army said it had also
stopped [[about 350 people|arrested;a=The army;alt=the Lebanese army]] at checkpoints on the
illegal crossings this month and handed them to General Security. The families of [[three more men|missing]] who set out from Zahle in
{{November}} have had no news of them. Human rights groups say the smugglers charge {{$100}} to {{$300}} a person to walk across the hills.
""",
)

item(
    "Baalbek empties after Israeli evacuation order",
    """
[[Tens of thousands of residents|displaced;a=the governor of Baalbek-Hermel]] fled Baalbek and
nearby villages on {{October 30}} after the Israeli military ordered the whole city evacuated,
the governor of Baalbek-Hermel said. Traffic backed up for {{15 kilometres}} on the road to
Zahle and Deir al-Ahmar, where the Maronite diocese opened [[11 church halls and
schools|capacity;a=the diocese;alt=the Maronite diocese;n=halls and schools;u=structure]] to the displaced, the
diocese said, and [[as many as 10,000 people|displaced;a=the
diocese]] were sheltering in the town by nightfall. Strikes later that day killed [[19 people|killed;a=the health ministry]] in the
city and the villages of Douris and Ain Bourday, the health ministry said. [[Some 2,000
families|displaced;a=local officials]] have also crossed into Syria through the Jousieh and
Matraba crossings, local officials said. The Roman temples of Baalbek, a UNESCO World Heritage
site since {{1984}}, were not hit, though a strike {{500 metres}} away shattered windows in the
old souk and damaged [[about 40 shops|housing;a=the municipality]], according to the
municipality.
""",
)

item(
    "Lebanese families return from Syria after ceasefire",
    """
[[More than 140,000 people|returned;a=Lebanese General Security]] have crossed back from Syria
into Lebanon since the ceasefire took effect at {{04:00}} on {{November 27}}, Lebanese General
Security said, most of them Lebanese families who had spent {{two months}} in rented flats in
Damascus, Homs and Qusayr. At the Masnaa crossing, [[about 9,000 people|returned;a=officials]]
crossed on the first day alone, officials said, and [[between 20 and 30 buses|other;a=officials]] and queues of cars stretched
back into Syrian territory. The Syrian authorities said [[some 15,000 Lebanese|displaced;a=The Syrian
authorities]] were still in the country, [[1,200 of them|displaced;a=The Syrian authorities;n=-]]
in shelters in Homs. UNHCR said [[around 60,000 Syrian refugees|returned;a=UNHCR]] who fled
into Syria had also come back to Lebanon, some of them because they could not afford to stay.
"We came home to nothing, but it is our nothing," said a woman from Ainata, {{54}}.
""",
)

item(
    "After Assad's fall, Syrians in Lebanon start heading home",
    """
[[Nearly 400,000 Syrians|returned;a=UNHCR]] have gone home from Lebanon since the fall of
Bashar al-Assad on {{December 8, 2024}}, UNHCR said on {{July 1}}, and many more are
registering to leave. The agency's survey found that [[about 1.5 million Syrians|civilians;a=The
agency's survey;alt=UNHCR]] remain in Lebanon, and that {{24 per cent}} of them intend to return
within {{a year}}. The Lebanese government has offered {{$100}} a person and a waiver of residency
fines to those who register, and UNHCR plans to help [[up to 400,000 more|returned;p;a=UNHCR;n=-]]
go back by the end of the year. Border officials say [[up to 1,000 people a
day|returned;a=Border officials]] are now crossing home. At the Joussieh crossing near Qusayr, [[about 300
families|returned;a=a border official]] crossed on {{Monday}} in pickups loaded with mattresses
and gas cylinders, a border official said. Many say their homes in Homs and Qusayr are
damaged; the UN estimates that [[some 328,000 homes|housing;a=the UN]] were destroyed in Syria
during the war.
""",
)

item(
    "Alawite families flee Syria's coast into Akkar",
    """
[[More than 21,000 Syrians|displaced;a=the disaster risk management unit in Akkar]] have crossed
into northern Lebanon since the killings on Syria's coast in early March, the disaster risk
management unit in Akkar said, most of them Alawites who waded across the Nahr al-Kabir river.
They are staying in [[some 25 villages|other;a=the unit;alt=the disaster risk management
unit in Akkar]] in Akkar and in the Jabal Mohsen district of Tripoli, the unit said,
many in mosques and wedding halls. A local official in Hakour said the village of [[1,800
inhabitants|civilians;a=A local official in Hakour]] was hosting [[around 3,000|displaced;a=A local official in Hakour]]. The Syrian
Observatory for Human Rights says [[more than 1,500 civilians|killed;a=The Syrian Observatory
for Human Rights]] were killed on the coast. UNHCR has sent [[40 trucks|aid;a=UNHCR]] of
mattresses, blankets and food to the border villages, it said, and registered [[8,700
households|displaced;a=UNHCR]].
""",
)

item(
    "Clashes on Hermel border kill Lebanese villagers, families flee",
    """
Fighting between Syrian government forces and armed Lebanese clansmen around the border town of
Hawsh al-Sayyed Ali killed [[seven Lebanese|killed;a=Lebanon's health ministry]] and wounded
[[52|injured;a=Lebanon's health ministry]], Lebanon's health ministry said on {{March 17}}. The
Syrian defence ministry said [[three of its soldiers|killed;a=The Syrian defence ministry]] had
been killed and accused Hezbollah of abducting them, which the group denied. Shells fell on
Qasr and Hermel town, and [[about 1,000 families|displaced;a=the municipality of Hermel]] fled
towards Baalbek, according to the municipality of Hermel. The Lebanese army sent [[about 2,000
troops|combatants;a=The Lebanese army]] to the border and returned fire, it said. Residents said
[[at least 15 houses|housing;a=Residents]] were burned in Hawsh al-Sayyed Ali after Syrian forces
entered its Syrian side. Both defence ministers agreed a ceasefire by telephone the next day.
""",
)

item(
    "Strike on farm house in the Bekaa kills Syrian workers",
    """
An Israeli strike on a house in the Bekaa village of Younine killed [[nine Syrian farm
workers|killed;a=the National News Agency]], among them [[four
children|killed;a=the National News Agency]], the National News
Agency reported. The workers lived next to an informal tented settlement of [[about 60
tents|capacity]] housing [[some 350 Syrian refugees|displaced]], and [[12 tents|housing;u=other]]
were torn apart by the blast. "We left Syria to get away from the bombs," said Abu Khaled,
{{47}}, who has lived in the camp since {{2013}}. UNHCR says [[more than 40 Syrian
refugees|killed;a=UNHCR]] have been killed in Israeli strikes in Lebanon since September, and
[[around 7,000|displaced;a=UNHCR]] have been forced from their camps in the Bekaa and the south.
Many shelters for the Lebanese displaced do not accept Syrians.
""",
)

item(
    "Two drown, several missing as Syrians cross the Orontes at night",
    """
[[Two Syrian women|killed;a=the Lebanese army]] drowned and [[four people|missing;a=the Lebanese
army]] were missing after a group tried to wade across the swollen Orontes river near Qusayr
at night to avoid the bombed Hermel crossings, the Lebanese army said on {{Tuesday}}. [[Eleven
people|other;a=the army;alt=the Lebanese army]] were pulled from the water by soldiers and
villagers, the army said. Smugglers had charged the group {{$150}} each, a survivor told AFP. The
Syrian Arab Red Crescent said it had recovered [[one body|killed;a=The Syrian Arab Red Crescent]]
downstream and was still searching for [[the three others|missing;a=The Syrian Arab Red
Crescent;n=-]]. The river is {{1.5 metres}} deep at its shallowest point in the area. [[At least
30 people|killed;a=rights groups]] have died trying to cross the border irregularly since
{{2023}}, rights groups say.
""",
)

item(
    "WFP feeds the queues at Masnaa as crossings continue",
    """
The World Food Programme said on {{Friday}} it had handed out [[more than 80,000 ready-to-eat
meals|aid;a=The World Food Programme]] and [[42,000 bottles|aid;a=The World Food
Programme;u=other]] of water to people crossing at Masnaa and Jdeidet Yabous since late
September. On the Syrian side, the Syrian Arab Red Crescent runs [[five reception
points|capacity;a=the Syrian Arab Red Crescent]] where [[between 1,500 and 2,000
families|displaced;a=the Syrian Arab Red Crescent]] are registered each day, it says.
About {{30 per cent}} of those crossing are under {{18}}. The programme plans to
reach [[250,000 people|aid;p;a=The programme;alt=The World Food Programme]] with cash in
Syria in December and January, but said it had received only {{$12 million}} of the {{$105
million}} it needs for the Lebanon crisis response.
""",
)

item(
    "Hermel's Shiite families cross to relatives in Qusayr",
    """
Bombing of the Hermel area has pushed [[about 6,500 Lebanese|displaced;a=the mayor of Qusayr]]
across the border to relatives in Qusayr and its villages, the mayor of Qusayr said, many of
them members of Shiite clans with land on both sides. [[Another 3,000|displaced;a=the
mayor of Qusayr]] are in Homs, he said. Israeli strikes on the Matraba and Jousieh crossings in
early November killed [[five people|killed;a=Lebanese officials]] and destroyed [[two
bridges|other;u=other]], Lebanese officials said, and the crossings are now closed to vehicles.
In Hermel itself, [[the remaining 20,000 residents|civilians]] face shortages of fuel and bread.
The health ministry said [[14 people|killed;a=The health ministry]], [[three of them|killed;a=The
health ministry;n=-]] children, died in strikes on Hermel and Qasr in the past week.
""",
)

item(
    "Army detains Syrians at Bekaa checkpoints, deportations resume",
    """
The Lebanese army said it had detained [[412 Syrians|arrested;a=The Lebanese army]] without
valid papers at checkpoints in the Bekaa and Akkar in {{a week}} of raids, and handed [[more than
300 of them|returned;a=The Lebanese army;n=-]] over to Syrian authorities at the border.
Rights groups accused the army of sending back people who had fled the bombing of the south. "They
took my husband from the shelter in Zahle at {{2 am}}," said a woman from Idlib. Amnesty
International says Lebanon deported [[about 13,700 Syrians|returned;a=Amnesty International]] in
{{2023}}, and that [[dozens|arrested;a=Amnesty International]] of them were detained by Syrian
intelligence on arrival. The army also arrested [[seven smugglers|arrested]] and seized [[14
vehicles|other]] near Wadi Khaled. General Security says [[around 1.4 million
Syrians|civilians;a=General Security]] live in Lebanon, [[fewer than 800,000|civilians;a=General Security]] of them
registered with UNHCR.
""",
)

item(
    "IOM counts crossings at the northern and Bekaa border points",
    """
IOM's flow monitoring teams recorded [[about 2,300 people a day|displaced;a=IOM's flow
monitoring teams]] crossing from Lebanon into Syria in the {{first week}} of
November, down from a peak of [[around 11,000|displaced;a=IOM's flow monitoring teams]] in late
September. At Arida, on the coast, [[some 400 people|displaced;a=the organization;alt=IOM]] cross each
day to Tartous, the organization said. Nearly {{half}} of those crossing are women and
girls, and {{one in five}} is a child under {{five}}. Teams at the Jousieh crossing reported
[[62 unaccompanied children|displaced;a=Teams at the Jousieh crossing]] in October, who were referred
to child protection partners. A transport company in Baalbek said it was running [[12 buses a
day|other;a=A transport company in Baalbek]] to the border.
""",
)

item(
    "Damascus waives currency rule for Lebanese and returning Syrians",
    """
Syria suspended on {{September 26}} a rule requiring travellers entering from Lebanon to change
{{$100}} into Syrian pounds at the official rate, a requirement in force since {{2020}}. The waiver
applies for {{one week}} and may be extended, the interior ministry said. Children under {{18}}
were already exempt. The official rate is about {{13,000}} pounds to the dollar, roughly
{{15 per cent}} below the market rate in Damascus. Aid agencies had complained that the fee
kept the poorest families waiting in Lebanon, and the UN refugee agency welcomed the decision on
{{Friday}}. The ministry extended the waiver twice, until {{October 31}}.
""",
)

item(
    "Repair of the Masnaa road will take months, ministry says",
    """
Repairing the stretch of the Beirut-Damascus highway cut by Israeli strikes at Masnaa will cost
about {{$2.5 million}} and take at least {{three months}}, Lebanon's public works ministry said on
{{December 3}}. The craters are up to {{10 metres}} wide and the retaining wall on the Syrian side
collapsed over a length of {{40 metres}}. Until then, traffic uses a single lane opened by army
engineers on {{November 29}}, with a {{20-tonne}} weight limit. The highway, Route {{M1}} on the
Syrian side, carried {{70 per cent}} of Lebanon's land trade before the war. The ministry said
work would start in {{January}} once funding from the World Bank was confirmed.
""",
)
