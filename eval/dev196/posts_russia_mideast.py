"""Russia's Belgorod and Kursk governors, Israel's Home Front Command and Magen David Adom,
Lebanon's health ministry and Gaza's civil defence and health ministry, 2014-2025, as the wires
relay their posts and tallies."""

from _wrap import item

item(
    "Gladkov: shelling of Shebekino district wounds six, damages 40 homes",
    """Ukrainian shelling of the Shebekino district wounded [[six people|injured;a=Vyacheslav Gladkov]],
    among them a {{15-year-old}} girl, Vyacheslav Gladkov, the governor of Russia's Belgorod region,
    said on Telegram on Sunday. [[Four|injured;n=-;a=Vyacheslav Gladkov]] were taken to the district
    hospital in Shebekino and [[two|injured;n=-;a=Vyacheslav Gladkov]] to the regional clinical
    hospital in Belgorod, he said. Russia's defence ministry said air defence systems had destroyed
    [[27 Ukrainian drones|other;a=Russia's defence ministry]] and
    [[six Vampire rockets|other;a=Russia's defence ministry]] over the region overnight. Gladkov
    listed damage to [[40 private houses|housing;a=Gladkov]] and [[12 cars|other;a=Gladkov]] in
    Shebekino and the villages of Novaya Tavolzhanka and Murom. Since the spring,
    [[about 1,000 residents|displaced]] of the district's border villages have been living in
    [[13 temporary accommodation centres|capacity]] in Belgorod and Stary Oskol.""",
)

item(
    "Death toll in Belgorod attack rises to 21, governor says",
    """The number of people killed in Saturday's attack on central Belgorod has risen to
    [[21|killed;n=-;a=regional governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]], among them
    [[three children|killed;a=regional governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]], the
    regional governor Vyacheslav Gladkov said on Sunday. On Saturday evening the authorities had
    reported [[14 dead|killed;a=the authorities]] and [[108 wounded|injured;a=the authorities]].
    Gladkov said [[111 people|injured;a=Gladkov]] had now been treated for wounds, including
    [[17 children|injured;a=Gladkov]], and that [[as many as 46|injured;n=-;a=Gladkov]] remained in
    hospital. [[Dozens of cars|other]] were set on fire in the streets around the skating rink on
    Cathedral Square. The regional emergencies ministry said
    [[at least 10 apartment buildings|housing;a=The regional emergencies ministry]] had been damaged.""",
)

item(
    "Belgorod to send 9,000 children away from border areas",
    """Vyacheslav Gladkov, the Belgorod governor, said on Friday that
    [[about 9,000 children|displaced;p;a=Vyacheslav Gladkov]] from Belgorod and the border districts
    would be sent to holiday camps in other Russian regions because of the shelling. The first group
    of [[more than 1,000 children|displaced]] left by train on Monday for the Kaluga and Penza
    regions. Russia's children's rights commissioner Maria Lvova-Belova said other regions had
    offered places for
    [[up to 12,000 children|capacity;a=Russia's children's rights commissioner Maria Lvova-Belova;alt=Maria Lvova-Belova]].
    Meanwhile
    [[more than 300 residents|returned;a=the town administration]] of Shebekino, evacuated in
    {{June 2023}}, have moved back into their homes, the town administration said. A Ukrainian drone
    hit [[two cars|other]] on the road to Graivoron, wounding [[two men|injured]].""",
)

item(
    "Kursk governor says 121,000 evacuated as Ukrainian incursion enters second week",
    """[[More than 121,000 people|displaced;a=acting governor Alexei Smirnov;alt=Alexei Smirnov]] have
    been evacuated from border districts of the Kursk region, acting governor Alexei Smirnov said on
    Wednesday, as fighting with Ukrainian forces that crossed the border on {{August 6}} went on.
    Smirnov said [[12 civilians|killed;a=Smirnov]] had been killed and
    [[121|injured;n=-;a=Smirnov]] wounded, including [[10 children|injured;a=Smirnov]]. He told
    President Vladimir Putin that Ukrainian troops controlled [[28 settlements|other;u=other;a=Alexei Smirnov]]
    over a front {{40 kilometres}} wide and that the fate of
    [[about 2,000 residents|missing;a=Alexei Smirnov]] of those areas was unknown. Ukraine's
    commander-in-chief, Oleksandr Syrskyi, said his troops had taken
    [[more than 100 Russian soldiers|arrested;a=Oleksandr Syrskyi]] prisoner. In Kursk city,
    [[about 1,400 evacuees|displaced]] were staying at
    [[14 temporary accommodation points|capacity]].""",
)

item(
    "Khinshtein: residents start returning to Kursk border districts",
    """[[About 2,500 people|returned;a=Kursk governor Alexander Khinshtein;alt=Alexander Khinshtein]]
    have gone back to their homes in the Korenevo district since the area was declared safe, Kursk
    governor Alexander Khinshtein said on Telegram. Khinshtein said
    [[3,000 homes|housing;a=Khinshtein]] in the border districts had been destroyed or damaged.
    [[Sixty-one residents|returned;a=Russia's human rights commissioner Tatyana Moskalkova;alt=Tatyana Moskalkova]]
    of Sudzha, who spent {{seven months}} under Ukrainian control and were later taken to Ukraine's
    Sumy region, were brought back via Belarus on Monday, Russia's human rights commissioner Tatyana
    Moskalkova said. Officials say [[about 300 people|missing;a=Officials]] from the district remain
    unaccounted for. [[Around 22,000 evacuees|displaced]] are still living in temporary accommodation
    or with relatives. Ukrainian drone attacks on Sunday wounded [[four people|injured]] and damaged
    [[seven houses|housing]] in Rylsk and Glushkovo.""",
)

item(
    "Russia says 125 Ukrainian drones downed overnight; Kurchatov hit",
    """Russian air defences destroyed [[125 Ukrainian drones|other;a=Russia's defence ministry]]
    overnight, [[46|other;u=other;n=-;a=Russia's defence ministry]] of them over the Kursk region,
    Russia's defence ministry said on Telegram on Sunday. Alexander Khinshtein, the Kursk governor,
    said a drone hit an apartment building in Kurchatov, the town that houses the Kursk nuclear power
    plant, wounding [[two people|injured;a=Alexander Khinshtein]] and cutting power to
    [[about 1,200 households|civilians;a=Alexander Khinshtein]]. In the Belgorod region, Gladkov
    reported [[one man|killed;a=Gladkov]] killed and [[eight|injured;n=-;a=Gladkov]] injured in drone
    strikes on Graivoron and Shebekino, and listed [[15 damaged homes|housing;a=Gladkov]] and
    [[nine vehicles|other;a=Gladkov]]. The attack was one of the largest on Russia this year.""",
)

item(
    "MDA: one killed, 67 hurt as Iranian missiles hit central Israel",
    """Iran fired [[up to 40 ballistic missiles|other;a=the Israeli military]] at Israel overnight, the
    Israeli military said. Magen David Adom said its paramedics had pronounced
    [[one woman|killed;a=Magen David Adom]] dead at the scene in Rishon LeZion and taken
    [[67 people|injured;a=Magen David Adom]] to hospitals, [[two|injured;n=-;a=Magen David Adom]] of
    them in serious condition. The rest had light injuries or were hurt while running to protected
    spaces, it said. Rescue teams searched [[three damaged buildings|housing]] for people trapped
    under debris. The Home Front Command said there were
    [[nine impact sites|other;a=The Home Front Command]] in the centre of the country. The Bat Yam
    municipality said [[about 180 residents|displaced;a=The Bat Yam municipality]] whose apartments
    were damaged had been moved to hotels.""",
)

item(
    "Hezbollah fires 150 rockets at northern Israel; Safed building hit",
    """Hezbollah fired [[about 150 rockets|other;a=the Israeli military]] at northern Israel on
    Tuesday, the Israeli military said, in one of the heaviest barrages since the fighting began. In
    Safed, a rocket hit a residential building, and Magen David Adom said it had treated
    [[six people|injured;a=Magen David Adom]], including a {{73-year-old}} man with shrapnel wounds,
    and [[11 others|injured;a=Magen David Adom]] for acute anxiety. Hezbollah said it had targeted
    [[four military positions|other;a=Hezbollah]] with rockets and drones. The army said its
    aircraft had struck [[about 30 Hezbollah targets|other;u=other;a=The army]] in southern Lebanon
    in response. [[More than 60,000 residents|displaced;a=government figures]] of
    [[43 communities|displaced;u=other;a=government figures]] along the border were evacuated in
    {{October 2023}}, according to government figures, and few have gone back.""",
)

item(
    "Thirteen Israeli hostages freed on first day of truce, 39 Palestinian prisoners released",
    """[[Thirteen Israeli hostages|kidnapped;a=the Israeli prime minister's office]], women and
    children, were handed over to the Red Cross in Gaza on Friday, the Israeli prime minister's office
    said. [[Four|kidnapped;n=-]] of them were children. Thailand's prime minister said
    [[10 Thai workers|kidnapped;a=Thailand's prime minister]] had also been freed. Israel released
    [[39 Palestinian prisoners|other;a=Qatar's foreign ministry]] from its jails in exchange, Qatar's
    foreign ministry said. [[About 240 people|kidnapped;a=Israeli figures]] were taken into Gaza on
    {{October 7}}, according to Israeli figures. Magen David Adom said its teams had met the freed
    hostages at the Kerem Shalom crossing.""",
)

item(
    "Lebanon's health ministry says Israeli strikes killed 471 in a single day",
    """Israeli strikes on southern and eastern Lebanon killed
    [[471 people|killed;a=Lebanon's health ministry]], including
    [[35 children|killed;a=Lebanon's health ministry]] and
    [[58 women|killed;a=Lebanon's health ministry]], and wounded
    [[1,634|injured;n=-;a=Lebanon's health ministry]], Lebanon's health ministry said on Monday night
    in an updated toll. Health Minister Firass Abiad told a news conference that the toll would rise
    and that [[dozens of bodies|killed;a=Health Minister Firass Abiad;alt=Firass Abiad]] had yet to be
    identified. [[Tens of thousands of people|displaced]] fled north, jamming the coastal highway to
    Beirut for hours. The education ministry said it had opened
    [[89 schools|capacity;a=The education ministry]] as shelters, with room for
    [[up to 26,000 people|capacity;a=The education ministry]].""",
)

item(
    "Lebanon toll passes 3,100 as strikes hit Baalbek and Tyre",
    """Israeli strikes killed [[52 people|killed;a=Lebanon's health ministry]] across the country on
    Wednesday, Lebanon's health ministry said, bringing the toll since {{October 2023}} to
    [[3,102|killed;n=-;a=Lebanon's health ministry]], with [[13,760|injured;n=-;a=Lebanon's health ministry]]
    wounded. Baalbek governor Bachir Khodr wrote on X that strikes on
    [[three villages|other;a=Baalbek governor Bachir Khodr;alt=Bachir Khodr]] near the city had killed
    [[19 people|killed;a=Baalbek governor Bachir Khodr;alt=Bachir Khodr]] and damaged
    [[more than 60 buildings|housing;a=Baalbek governor Bachir Khodr;alt=Bachir Khodr]]. The
    government's emergency committee said
    [[1,023 collective shelters|capacity;a=The government's emergency committee]] were housing
    [[about 190,000 displaced people|displaced;a=The government's emergency committee]].
    [[Over 400,000 people|displaced;a=Lebanon's General Security]] have crossed into Syria, according
    to Lebanon's General Security.""",
)

item(
    "Displaced Lebanese stream south as ceasefire holds",
    """[[Tens of thousands of displaced people|returned]] headed back to southern Lebanon and
    Beirut's southern suburbs on Wednesday, hours after the ceasefire took effect at {{4 a.m.}} The
    Lebanese army said it would deploy [[at least 5,000 soldiers|combatants;p;a=The Lebanese army]]
    south of the Litani river. By evening [[more than 400 shelters|capacity;a=the emergency committee]]
    had emptied, the emergency committee said. Lebanon's health ministry said rescuers had recovered
    [[14 bodies|killed;a=Lebanon's health ministry]] from the rubble in Nabatieh and Tyre.
    Israel's military said residents must not yet return to
    [[more than 60 villages|other;a=Israel's military]] near the border. In Tyre, the municipality
    said [[some 260 families|returned;a=the municipality]] had come back by noon.""",
)

item(
    "Gaza toll rises to 1,065 as bodies recovered during lull",
    """The Palestinian death toll in Gaza has risen to
    [[1,065|killed;n=-;a=health ministry spokesman Ashraf al-Qudra;alt=Ashraf al-Qudra]], health
    ministry spokesman Ashraf al-Qudra said on Saturday, after rescue teams used a {{12-hour}}
    humanitarian pause to pull
    [[147 bodies|killed;a=health ministry spokesman Ashraf al-Qudra;alt=Ashraf al-Qudra]] from the
    rubble. [[More than 6,000 people|injured;a=Ashraf al-Qudra]] have been wounded since {{July 8}},
    he said. The UN agency for Palestinian refugees said
    [[more than 160,000 people|displaced;a=The UN agency for Palestinian refugees]] were sheltering
    in [[83 of its schools|capacity;a=The UN agency for Palestinian refugees]]. Israel's military
    said [[three soldiers|killed;a=Israel's military]] had been killed, bringing its losses to
    [[42|killed;n=-;a=Israel's military]].""",
)

item(
    "Gaza civil defence says 32 killed in strikes, thousands still under rubble",
    """Israeli strikes across the Gaza Strip killed
    [[at least 32 people|killed;a=Gaza's civil defence agency]] since dawn, including
    [[12 members|killed;a=Gaza's civil defence agency]] of one family in Jabalia, Gaza's civil
    defence agency said on Thursday. Agency spokesman Mahmud Bassal said crews had recovered
    [[seven bodies|killed;a=Agency spokesman Mahmud Bassal;alt=Mahmud Bassal]] from a house in Gaza
    City but could not reach [[dozens of people|missing;a=Agency spokesman Mahmud Bassal;alt=Mahmud Bassal]]
    still missing under the rubble. He estimated that
    [[about 10,000 people|missing;a=Mahmud Bassal]] are missing across the territory. The health
    ministry in Gaza said hospitals had received
    [[46 bodies|killed;a=The health ministry in Gaza]] and
    [[133 wounded|injured;a=The health ministry in Gaza]] in the past {{24 hours}}. The Israeli
    military said it had struck [[more than 40 targets|other;u=other;a=The Israeli military]].""",
)

item(
    "Hundreds of thousands return to northern Gaza as crossings open",
    """[[More than 300,000 people|returned;a=Gaza's government media office]] crossed from southern
    Gaza to the north on Monday, Gaza's government media office said, many on foot along the coastal
    road. The civil defence agency said [[about 135,000 tents|aid;p;a=The civil defence agency]] were
    needed for families whose homes had been destroyed.
    [[Some 600 aid trucks a day|aid;p]] are due to enter under the ceasefire deal. The UN said
    [[915 trucks|aid;a=The UN]] had entered on Sunday. The health ministry said rescuers had
    recovered [[58 bodies|killed;a=The health ministry]] from areas that had been out of reach,
    raising the toll to [[47,306 dead|killed;a=The health ministry]] and
    [[111,483 wounded|injured;a=The health ministry]].""",
)

item(
    "Home Front Command eases restrictions in the north",
    """The Home Front Command said on Sunday that restrictions in the Confrontation Line area would
    be eased from {{6 a.m.}} on Monday. Sirens sounded at {{6:29 a.m.}} and {{6:41 a.m.}} in Kiryat
    Shmona, the army said, and residents there still have about {{15 seconds}} to reach a protected
    space. Schools in the Haifa area will reopen on {{September 1}}, and traffic on {{Route 90}} north
    of Rosh Pina has resumed. Residents should stay near a shelter for at least {{10 minutes}} after
    an alert, the command said.""",
)

item(
    "Lebanon reopens airport runway, sets fuel price cap",
    """Beirut's Rafic Hariri International Airport resumed flights at {{10 a.m.}} on Thursday after a
    pause of {{six hours}}, the transport ministry said. The energy ministry capped the price of a
    {{20-litre}} can of petrol at {{1.9 million Lebanese pounds}}, about {{$21}}, and said prices had
    risen {{12%}} since {{September 23}}. Health Minister Firass Abiad said in a post on X
    that the ministry's emergency operations centre, set up in {{2006}}, would stay open around the
    clock and that hospitals in the south were working at {{80%}} of capacity.""",
)
