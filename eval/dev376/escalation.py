"""dev376 items: the pager attacks, the escalation of September 2024, the ground invasion and
the families sheltering in schools in Beirut and Mount Lebanon, to November 2024."""

from _wrap import item

item(
    "Pagers explode across Lebanon, thousands wounded",
    """
Pagers carried by Hezbollah members exploded almost simultaneously across Lebanon on the
afternoon of {{September 17}}, killing [[at least 12 people|killed;a=Health Minister Firass
Abiad]], [[two of them|killed;a=Health Minister Firass Abiad;n=-]] children, and wounding
[[about 2,800|injured;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said.
[[Some 300|injured;a=Health Minister Firass Abiad]] were in a critical condition, he
said, many with wounds to the eyes, hands and abdomen. Hospitals in the southern suburbs of
Beirut, the south and the Bekaa called for blood donors as ambulances queued outside their
doors. The ministry said [[more than 100 hospitals|other;a=The ministry]] had received casualties. Iran's ambassador was among the wounded. Security
sources said [[several thousand pagers|other;a=Security sources;u=other]] had been handed out
to members of the group in recent months.
""",
)

item(
    "Walkie-talkies blow up a day after pager blasts",
    """
A {{second}} wave of explosions, this time of hand-held radios, killed [[25 people|killed;a=the
health ministry]] and wounded [[more than 450|injured;a=the health ministry]] on {{September
18}}, the health ministry said. Some of the devices went off during the funeral in the southern
suburbs for [[four of the people|killed;n=-]] killed the day before. Civil defence teams said
they had put out fires in [[at least 60 homes|housing;a=Civil defence teams]] and [[15
cars|other;a=Civil defence teams]] in the south and the Bekaa. "The hospital took in [[90
wounded|injured;a=a surgeon at Saint George Hospital]] in {{two hours}}," a surgeon at Saint
George Hospital said. Israel's defence minister said a "new phase" of the war had begun as the
army moved its {{98th}} Division from Gaza to the north.
""",
)

item(
    "Deadliest day: strikes kill 558 as tens of thousands flee north",
    """
Israeli strikes across southern Lebanon and the Bekaa killed [[558 people|killed;a=the health
ministry]] on {{September 23}}, among them [[50 children|killed;a=the health ministry]] and
[[94 women|killed;a=the health ministry]], the health ministry said, the deadliest day in
Lebanon since the end of the civil war in {{1990}}. [[More than 1,800|injured;a=the
ministry;alt=the health ministry]] were wounded, the ministry said. The Israeli military said
it had hit [[some 1,600 Hezbollah targets|other;a=The Israeli military;u=other]], including
rocket launchers hidden in homes, after warning residents by text message and phone calls to
leave. [[Tens of thousands of people|displaced]] packed the coastal highway towards Beirut, a
drive that normally takes {{two hours}} stretching to {{12 hours}}. By the evening, [[89
schools|capacity;a=the education ministry]] in Beirut, Mount Lebanon and the north had been
opened to the displaced, the education ministry said, and [[about 16,500 people|displaced;a=the
education ministry]] had registered in them.
""",
)

item(
    "In a Beirut school, 130 families share four toilets",
    """
The Rene Mouawad public school in Beirut's Ashrafieh district was built for [[600
pupils|capacity]]. Since {{Monday}} it has been home to [[130 families|displaced;a=the
principal]] from Nabatieh, Tyre and the southern suburbs, the principal said, [[about 560
people|displaced;a=the principal]] sleeping on mats in [[22 classrooms|capacity]]. There are
[[four toilets|other;u=other]] and no showers. "We got out with the clothes we had on," said
Fatima, {{37}}, who fled Kfar Roummane with her children and her mother-in-law.
Volunteers from the neighbourhood cook [[700 meals a day|aid;a=the volunteers]], the volunteers
say, with food donated by shops in Gemmayzeh. The Beirut governor said [[more than
22,000 displaced people|displaced;a=The Beirut governor]] were sheltering in the city's schools
and [[thousands more|displaced;a=The Beirut governor;n=-]] were in mosques, churches and empty
office buildings.
""",
)

item(
    "Government counts 1,100 shelters as displacement tops one million",
    """
Lebanon now has [[1,107 collective shelters|capacity;a=the government's emergency committee]]
open, [[942 of them|capacity;a=the government's emergency committee;n=-;u=structure]] already
full, the government's emergency committee said in its daily report on {{October 9}}. They hold
[[185,670 people|displaced;a=the committee;alt=the government's emergency committee]], the
committee said. Prime Minister Najib Mikati has put the total number of displaced at [[1.2
million|displaced;a=Prime Minister Najib Mikati]], a figure aid agencies consider
plausible but cannot verify. The disaster risk management unit said [[around 45,000
families|displaced;a=The disaster risk management unit]] were staying with relatives or in
rented flats in Mount Lebanon alone, where rents in Aley and Bhamdoun have doubled. Shelters in
Akkar and Tripoli, the furthest from the fighting, are taking [[up to 2,000 new arrivals a
day|displaced;a=officials]], officials said. The government's flash appeal for {{$426
million}} is {{20 per cent}} funded.
""",
)

item(
    "Eight Israeli soldiers killed on first days of ground push",
    """
[[Eight Israeli soldiers|killed;a=the military]] were killed in clashes with Hezbollah fighters
in southern Lebanon on {{October 2}}, the military said, its heaviest loss on the Lebanese
front in the war. Israel had announced a "limited, localised" ground operation a day earlier,
sending [[thousands of troops|combatants]] from the Galilee, Commando and {{36th}} divisions
across the border. Hezbollah said its fighters had destroyed [[three Merkava tanks|other;a=Hezbollah]]
near Maroun al-Ras and Odaisseh. The Israeli military said it had killed [[about 440 Hezbollah
fighters|killed;a=The Israeli military]] since the start of the incursion and found [[more than
150 tunnel shafts|other;a=The Israeli military;u=other]] in border villages. Israeli troops
ordered residents of [[24 more villages|other]] to leave immediately and move
north of the Awali river. Lebanon's army said it had pulled back its troops from observation
posts {{five kilometres}} deep along the border.
""",
)

item(
    "Israeli army orders residents of 25 villages to move north of the Awali",
    """
The Israeli military's Arabic-language spokesman ordered residents of [[25 villages|other]] in
southern Lebanon to leave their homes on {{Tuesday}} and move north of the Awali river, which
reaches the sea {{10 kilometres}} north of Saida. Since {{September 30}}, evacuation orders have
covered [[more than 110 villages|other;a=an Al Jazeera count]], according to an Al Jazeera
count. The Lebanese Red Cross said it had evacuated [[127 elderly and disabled
residents|displaced;a=The Lebanese Red Cross]] who could not leave on their own from Nabatieh,
Kfar Tebnit and Zawtar. "[[Maybe 50 people|civilians;a=the mayor of Zawtar;q=approx]] are still in the
village, mostly old men who will not leave their houses," the mayor of Zawtar told AFP by
phone. The health ministry said [[23 people|killed;a=The health ministry]] had been killed and
[[93|injured;a=The health ministry]] wounded across the south in the past {{24 hours}}. The UN
humanitarian office said [[about 400,000 people|civilians;a=The UN humanitarian office]] were
living in areas covered by the orders.
""",
)

item(
    "Health ministry: 226 health workers killed, 40 hospitals hit",
    """
Israeli attacks have killed [[226 health and rescue workers|killed;a=Lebanon's health
ministry]] in Lebanon since {{October 2023}} and wounded [[199|injured;a=Lebanon's health
ministry]], Lebanon's health ministry said on {{November 14}}. Most were paramedics with the
Islamic Health Committee, the civil defence and the Risala scouts, and [[at least 30|killed;a=the
ministry;alt=Lebanon's health ministry]] died in strikes on emergency centres, the ministry said.
[[Eight hospitals|other]] in the south and the Bekaa have shut, and [[seven more|other;u=structure;n=-]]
are working only partly. The World Health Organization has verified [[more than 200 attacks|other;a=The
World Health Organization;u=other]] on health care, it says, which hit
[[158 ambulances|other;a=The World Health Organization]] and [[40 hospitals|housing;a=The World
Health Organization]]. Health Minister Firass Abiad said the targeting of rescuers was meant to
"empty the south of anyone who can help the wounded".
""",
)

item(
    "Strikes flatten buildings in Beirut's southern suburbs",
    """
Israeli jets struck the southern suburbs of Beirut repeatedly overnight, bringing
down [[six residential buildings|housing]] in Haret Hreik and Burj al-Barajneh. The health
ministry said [[six people|killed;a=The health ministry]] had been killed and [[91|injured;a=The
health ministry]] wounded, and that rescuers were still searching for [[about 20 people|missing;a=The
health ministry]] under the rubble. Most residents of the area had fled days earlier after
the Israeli military posted maps of buildings it said it would target. Municipal officials
estimate that [[hundreds of thousands of residents|displaced;a=Municipal officials]] have left
the suburbs since {{September 27}}, when a strike there killed Hezbollah leader Hassan
Nasrallah. [[A few thousand|civilians;a=Municipal officials;n=-]] remain, they say,
mostly to guard their homes and shops from looters.
""",
)

item(
    "Strike on Aitou house sheltering displaced kills 23",
    """
An Israeli strike on a house in Aitou, a Christian village in the northern district of Zgharta,
killed [[23 people|killed;a=the Lebanese Red Cross]] on {{October 14}}, the Lebanese Red Cross
said, most of them members of displaced families from the south who had rented the house
{{two weeks}} earlier. [[Twelve of the dead|killed;a=the village priest;n=dead]] were women and
[[two|killed;a=the village priest]] were children, the village priest said. [[Eight
people|injured]] were taken to hospitals in Zgharta and Tripoli. The UN human rights office
called for an independent investigation. Aitou had taken in [[about 80
displaced families|displaced;a=mayor Joseph Jabbour]], according to mayor Joseph Jabbour, and
residents now fear hosting anyone from the south. "[[Three families|displaced;a=Jabbour]] left
this morning," Jabbour said.
""",
)

item(
    "Migrant domestic workers left behind as employers flee",
    """
[[Hundreds of migrant domestic workers|displaced;a=aid groups]] abandoned by employers who fled the south and Beirut's
suburbs are sleeping in parks and churches, aid groups say. Caritas Lebanon said it was
sheltering [[about 1,000 women|displaced;a=Caritas Lebanon]] from Ethiopia, Sri Lanka, Kenya and
Sierra Leone in [[three shelters|capacity;a=Caritas Lebanon]]. The International Organization
for Migration estimates there are [[some 175,000 migrants|civilians;a=The International
Organization for Migration]] in Lebanon, most without valid papers, and says it has helped
[[more than 1,100|returned;a=The International Organization for Migration]] go home on
chartered flights since {{October}}. Kenya's embassy said it had flown [[431 nationals|returned;a=Kenya's
embassy]] home and planned to repatriate [[another 1,500|returned;p;a=Kenya's embassy]]. The
Philippines said [[some 900 of its workers|returned;p;a=The Philippines]] had asked to leave.
""",
)

item(
    "Lebanon's toll passes 3,000 as strikes hit the Bekaa and Tyre",
    """
Israeli attacks have killed [[3,189 people|killed;a=the health ministry]] in Lebanon since
{{October 8, 2023}} and wounded [[14,078|injured;a=the health ministry]], the health ministry
said on {{November 8}}, without distinguishing between civilians and fighters. Of the dead,
[[at least 619|killed;a=the ministry;alt=the health ministry]] were women and [[194|killed;a=the
ministry;alt=the health ministry]] were children, the ministry said. Overnight strikes on Baalbek
and the surrounding villages killed [[40 people|killed;a=Bachir
Khodr]], according to the governor of Baalbek-Hermel, Bachir Khodr, who said [[about 30
people|missing;a=Bachir Khodr]] were still missing. In Tyre, where the Israeli military
ordered the evacuation of the old city, [[at least 7 people|killed]] died in the rubble of a
block of flats near the Roman hippodrome, and [[more than 50 buildings|housing;a=the city's
civil defence]] have been destroyed since October, the city's civil defence said.
""",
)

item(
    "Israel says it has killed 2,500 Hezbollah fighters; group disputes figure",
    """
The Israeli military said on {{Sunday}} it had killed [[more than 2,500 Hezbollah
operatives|killed;a=The Israeli military]] since the start of its ground operation, among them
[[some 30 commanders|killed;a=The Israeli military]], and destroyed [[about 1,500 rocket
launchers|other;a=The Israeli military]]. Hezbollah does not publish its losses any more, and
analysts say its [[estimated 40,000 to 50,000 fighters|combatants;a=analysts]] are still able to
fire [[up to 300 rockets a day|other;a=analysts]] into Israel. The group said on its Telegram
channel that its fighters had killed [[more than 100 Israeli soldiers|killed;a=The group]]. The
Israeli military says [[47 soldiers|killed;a=The Israeli military]] have been killed in the
ground fighting in Lebanon, and the Israeli health ministry says [[about 70 Israelis|killed;a=the
Israeli health ministry]] have been killed by fire from Lebanon since {{October 2023}}.
""",
)

item(
    "Families sleep on Beirut's seafront as shelters turn people away",
    """
[[Hundreds of families|displaced;a=Beirut municipality]] are sleeping on the Corniche, in
Martyrs' Square and under the flyovers of the capital, Beirut municipality said, after the city's
shelters ran out of space. Municipal workers counted [[about 1,300 people|displaced;a=Municipal
workers]] sleeping in the open on {{Wednesday}} night, roughly {{a third}} of them children. The municipality has asked the army to open [[two
barracks|capacity;p;a=The municipality;alt=Beirut municipality;u=structure]] and says it can set up [[400 tents|aid;p;a=The
municipality;alt=Beirut municipality]] in a public garden in Karantina if donors pay for them. "We slept in the car for
{{five nights}}, then the battery died," said Hussein, a taxi driver from Bourj al-Barajneh. Near the Zaitunay Bay marina, volunteers counted [[between 150 and 200
people|displaced;a=volunteers]] on the pavements on {{Thursday}}. A church in Gemmayzeh has
taken in [[up to 90 people|displaced;a=Father Elias Nassar]], said Father Elias Nassar, but
many of those outside are Syrian refugees, whom some shelters refuse to take in.
""",
)

item(
    "Chouf and Aley villages open their doors, and their rents",
    """
The Druze villages of the Chouf and Aley have taken in [[more than 120,000 displaced
people|displaced;a=the regional disaster risk management unit]] since late September, the
regional disaster risk management unit estimates, in a district whose own population is barely
{{twice}} that. In Baakline, the municipality has turned [[six schools|capacity;a=Mayor Karim
Halabi]] and a wedding hall into shelters, Mayor Karim Halabi said, and [[some 2,400 families|displaced;a=Mayor
Karim Halabi]] are renting flats or staying with friends. The Progressive Socialist Party's
relief committee distributes [[5,000 hot meals a day|aid;a=the committee]] across the area,
the committee says. Rents in Aley have doubled to {{$600}} a month. A {{63-year-old}} farmer from
Khiam who now lives in a garage in Baakline with [[11 relatives|displaced]] said he had not
heard from his neighbours in {{three weeks}}. UNHCR said it had handed out [[18,000 mattresses
and blankets|aid;a=UNHCR;n=mattresses and blankets]] in Mount Lebanon.
""",
)

item(
    "How the pagers were turned into bombs",
    """
The pagers that exploded across Lebanon at about {{15:30}} on {{September 17, 2024}} bore the
brand of Taiwan's Gold Apollo, which said the model, the AR{{924}}, had been made under licence
by a company registered in Budapest. Investigators say each device hid {{three grams}} of
explosive in its battery pack, enough to kill at close range. The devices beeped for
{{several seconds}} before detonating, prompting users to raise them to their faces. Hezbollah
had bought them in {{early 2024}} after its leader told members to abandon smartphones. A
former Israeli intelligence officer told the BBC the operation had been {{a decade}} in the
making. Israel's prime minister acknowledged in {{November}} that he had approved it.
""",
)

item(
    "World Bank puts Lebanon's war damage at $8.5 billion",
    """
The war has caused {{$3.4 billion}} in physical damage and {{$5.1 billion}} in economic losses in
Lebanon, the World Bank said in an interim assessment published on {{November 14}}, bringing the
total to {{$8.5 billion}}. Housing accounts for {{$2.8 billion}} of the damage, and commerce,
tourism and farming for most of the losses, it said. The bank expects the economy to shrink by
at least {{6.6 per cent}} in {{2024}}, erasing the modest growth of {{2023}}. The assessment
covers the period from {{October 2023}} to {{October 20, 2024}} and will be updated once the
fighting stops. Agriculture in the south lost {{$1.1 billion}}, with olive, citrus and banana
harvests abandoned.
""",
)
