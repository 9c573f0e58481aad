"""dev434, Mogadishu: hotel sieges, truck and car bombs, mortars, arrests, camp fires, the
displacement sites of Banadir and the evictions from them (17 texts, 2 without a figure)."""

from _wrap import item

item(
    "Hayat hotel siege ends after 30 hours; minister gives toll",
    """
    Somali security forces ended a {{30-hour}} siege of the Hayat Hotel in Mogadishu late on
    Saturday, and Health Minister Ali Haji Adan said [[21 people|killed;a=Health Minister Ali Haji
    Adan]] had been killed and [[117|injured;a=Health Minister Ali Haji Adan]] wounded. Al-Shabaab
    gunmen stormed the hotel on Friday evening after a car bomb went off at its gates. Police
    commissioner Abdi Hassan Hijar told reporters that officers had rescued [[106 hostages|kidnapped;a=Police
    commissioner Abdi Hassan Hijar]], among them [[eight children|kidnapped;a=Police commissioner
    Abdi Hassan Hijar]], from the upper floors. All [[four attackers|killed;a=Police commissioner
    Abdi Hassan Hijar]] were shot dead, he said. Aamin Ambulance said its crews had carried [[at
    least 60 wounded people|injured;a=Aamin Ambulance]] to Medina and Erdogan hospitals overnight.
    Witnesses said part of the {{four-storey}} building collapsed when the attackers blew up a
    stairwell. The government declared {{three days}} of national mourning. Relatives said [[up to a dozen
    people|missing;a=Relatives]] who were at the hotel that evening had not been accounted for.
    """,
)

item(
    "Zobe blast toll passes 500 as committee publishes new count",
    """
    The death toll from the truck bombing at Mogadishu's Zobe junction on {{14 October}} has
    risen to [[512|killed;a=the Zobe Rescue Committee]], up from [[358|killed;a=the Zobe Rescue
    Committee]] a week ago, the Zobe Rescue Committee said on Sunday. The committee said [[316
    people|injured;a=The committee;alt=the Zobe Rescue Committee]] had been treated for wounds and
    that [[122|injured;a=The committee;alt=the Zobe Rescue Committee]] of them were flown to
    Turkey, Sudan and Kenya for surgery. [[Another 56 people|missing;a=the Zobe Rescue
    Committee]] are still unaccounted for, it said. Mayor Thabit Abdi Mohamed said [[about 230
    buildings|housing;a=Mayor Thabit Abdi Mohamed]] in the Hodan and Wadajir districts had been
    destroyed or badly damaged by the blast and the fire that followed. Investigators believe the
    lorry carried between {{600 and 800 kilograms}} of military-grade and homemade explosives.
    Police said [[two suspects|arrested;a=Police]] were in custody, including a man who drove a {{second}} vehicle that was stopped near the former defence ministry.
    """,
)

item(
    "Beach hotel attack in Mogadishu kills 32, police say",
    """
    Gunmen and a suicide bomber attacked a packed beachfront hotel on Mogadishu's Lido beach on
    Friday night, killing [[at least 32 people|killed;a=police]] and wounding [[63|injured;a=police]],
    police said on Saturday. Police spokesman Abdifatah Aden Hassan said [[six assailants|combatants;a=Police
    spokesman Abdifatah Aden Hassan]] took part in the attack: [[five|killed;a=Police spokesman
    Abdifatah Aden Hassan]] were shot dead and [[one|arrested;a=Police spokesman Abdifatah Aden
    Hassan]] was captured alive. Dr Mohamed Yusuf, director of Medina hospital, said his staff were
    treating [[41 people|injured;a=Dr Mohamed Yusuf]] for gunshot and blast wounds, [[nine|injured;a=Dr
    Mohamed Yusuf]] of them in intensive care. The attack began just after {{10pm}}, when the
    beach is crowded with families escaping the heat. Internal Security Minister Mohamed Ahmed
    Sheikh Ali said security forces had arrested [[11 suspects|arrested;a=Internal Security Minister
    Mohamed Ahmed Sheikh Ali]] in raids in Hodan and Wadajir. Al-Shabaab claimed the attack on its
    Andalus radio station.
    """,
)

item(
    "Evictions uproot displaced families on Mogadishu's outskirts",
    """
    The Norwegian Refugee Council said on Tuesday that bulldozers had flattened [[about 1,900
    makeshift shelters|housing;a=The Norwegian Refugee Council]] at [[14 displacement sites|capacity;a=The
    Norwegian Refugee Council]] in Kahda and Dayniile districts since {{3 January}}. [[Some 4,300
    households|displaced;a=the agency;alt=The Norwegian Refugee Council]], or roughly [[26,000
    people|displaced;a=the agency;alt=The Norwegian Refugee Council]], were evicted, most of them
    families who fled drought in Bay and Bakool in {{2022}}, the agency said. The Banadir Regional
    Administration said the land belonged to private owners who had obtained court orders.
    According to the shelter cluster, [[more than 185,000 people|displaced;a=the shelter
    cluster]] were evicted across Mogadishu in {{2024}}, up from [[about 160,000|displaced;a=the
    shelter cluster]] in {{2023}}. Halima Nur, {{38}}, said her family had paid a landlord
    {{$15}} a month for a plot in Kahda until the day the machines came. "They gave us {{one night}}," she said. Site leaders said
    [[between 200 and 250 households|displaced;a=Site leaders]] had moved on to Garasbaley, {{20
    kilometres}} further out.
    """,
)

item(
    "Twin car bombs at Mogadishu ministry kill at least 100",
    """
    [[At least 100 people|killed;a=President Hassan Sheikh Mohamud]] were killed and
    [[300|injured;a=President Hassan Sheikh Mohamud]] wounded when a car bomb and then, minutes later, a
    second exploded outside the education ministry at Mogadishu's Zobe intersection, President Hassan Sheikh
    Mohamud said on Sunday. By Wednesday the health ministry had raised the toll to
    [[121|killed;a=the health ministry]] and said [[333 people|injured;a=the health ministry]] had
    been treated for wounds. Aamin Ambulance, the capital's free ambulance service, said [[17
    ambulances|other;a=Aamin Ambulance]] were sent to the scene and that the {{second}} blast hit a crew
    as it loaded the wounded. The Somali Journalists Syndicate said [[two journalists|killed;a=The
    Somali Journalists Syndicate]] were among the dead and [[five|injured;a=The Somali Journalists
    Syndicate]] were hurt. Police said [[four suspects|arrested;a=Police]] had been detained. The
    attack came {{five years}} after a truck bomb at the same junction killed [[more than 500
    people|killed]].
    """,
)

item(
    "Security forces end Villa Rose siege near presidential palace",
    """
    Al-Shabaab fighters stormed the Villa Rose hotel, a short walk from the presidential palace, on
    Friday evening and held parts of it for {{six hours}} before security forces regained control.
    Government spokesman Abdirahman Yusuf al-Adala said [[nine people|killed;a=Government spokesman
    Abdirahman Yusuf al-Adala]] were killed, [[three soldiers|killed;a=Government spokesman
    Abdirahman Yusuf al-Adala]] among them, and [[10 others|injured;a=Government spokesman
    Abdirahman Yusuf al-Adala]] wounded. Security forces freed [[84 people|kidnapped;a=Government
    spokesman Abdirahman Yusuf al-Adala]] who had been held inside, including [[two
    ministers|kidnapped;a=Government spokesman Abdirahman Yusuf al-Adala]], he said. Police said
    [[all six attackers|killed;a=Police]] were killed. The hotel is popular with lawmakers and
    officials, and was attacked before, in {{2019}}.
    """,
)

item(
    "Mortars hit Mogadishu airport compound housing UN and AU staff",
    """
    Al-Shabaab fired [[at least six mortar rounds|other;a=UNSOM]] at the Halane base camp next to
    Mogadishu's Aden Adde international airport on Tuesday, wounding [[three UN
    contractors|injured;a=UNSOM]] and [[two AMISOM soldiers|injured;a=UNSOM]], UNSOM said. The
    mission's medical unit also treated [[seven people|injured]] for shrapnel cuts and shock.
    Residents of Wadajir district said [[four houses|housing;a=Residents of Wadajir district]] near
    the airport's perimeter wall were hit by rounds that fell short. The militants said on their
    Andalus radio that they had fired [[12 shells|other;a=The militants]] at what they called "the
    crusaders' base". The attack began at {{1:40pm}} and lasted about {{ten minutes}}.
    """,
)

item(
    "Mogadishu's displacement sites swell as drought arrivals continue",
    """
    The Camp Coordination and Camp Management cluster counted [[2,493 displacement
    sites|capacity;a=The Camp Coordination and Camp Management cluster]] in the Banadir region in
    its latest verification, housing [[an estimated 1.1 million people|displaced;a=The Camp
    Coordination and Camp Management cluster]]. In Kahda and Dayniile alone, [[more than 560
    sites|capacity;a=the cluster;alt=The Camp Coordination and Camp Management cluster]] host people
    who arrived after the {{2022}} drought, the cluster said. UNHCR's Protection and Return
    Monitoring Network recorded [[48,000 new arrivals|displaced;a=UNHCR's Protection and Return
    Monitoring Network]] in the city in January. Aid agencies have built [[1,150 latrines|aid]] in
    the newest sites. Site managers said [[some 150,000 residents|civilians;a=Site managers]]
    still had no latrine within {{500 metres}}. The cluster warned that [[up to 60,000 more
    people|displaced;p;a=The cluster;alt=The Camp Coordination and Camp Management cluster]] could
    arrive before the Gu rains if the harvest in Lower Shabelle fails.
    """,
)

item(
    "Fire sweeps through displacement camp on Mogadishu's edge",
    """
    A fire that started in a cooking area tore through the Alla Amin displacement site in Dayniile
    district early on Wednesday, destroying [[about 320 shelters|housing;a=site leaders]] and
    leaving [[more than 400 families|displaced;a=site leaders]] without a roof, site leaders said.
    [[Two children|killed;a=Dayniile's district commissioner]] died in the blaze and [[11
    people|injured;a=Dayniile's district commissioner]] were treated for burns, Dayniile's district
    commissioner told local radio. The Somali Disaster Management Agency said it had sent [[2,000
    blankets|aid;a=The Somali Disaster Management Agency]] and [[400 emergency shelter
    kits|aid;a=The Somali Disaster Management Agency]] to the site. Shelters of sticks, cloth and
    plastic sheeting burn in minutes, and the nearest fire engine was {{14 kilometres}} away. Fires
    destroyed [[more than 2,600 shelters|housing;a=the shelter cluster]] in Mogadishu's sites in
    {{2023}}, according to the shelter cluster.
    """,
)

item(
    "Somali intelligence says dozens held in raids on al-Shabaab tax network",
    """
    Somalia's National Intelligence and Security Agency said on Monday it had arrested [[47
    suspects|arrested;a=Somalia's National Intelligence and Security Agency]] in overnight raids
    across Mogadishu on a network that collects money for al-Shabaab. Among those detained were
    [[nine businessmen|arrested]] accused of paying the group's "zakat" and passing on the names of
    traders who refused. The agency said [[another 12 people|arrested;a=The agency;alt=Somalia's
    National Intelligence and Security Agency]] were held in Afgooye and Marka. Officers seized
    [[26 rifles|other]], ledgers and {{$310,000}} in cash. The Somali Journalists Syndicate said
    [[two reporters|arrested;a=The Somali Journalists Syndicate]] covering the raids were briefly
    detained. [[Four police officers|arrested]] were among those held, accused of taking bribes to
    wave the group's couriers through checkpoints. Rights group Elman Peace said [[about 30 people|arrested;a=Rights group Elman Peace]]
    detained in a similar sweep in {{2023}} were still held without charge more than {{two years}}
    later.
    """,
)

item(
    "IOM flight brings Somali migrants home from Aden",
    """
    A flight chartered by the International Organization for Migration landed in Mogadishu on
    Thursday with [[148 Somali migrants|returned]] who had been stranded in Yemen. They included
    [[62 women|returned;a=the agency;alt=the International Organization for Migration]] and [[37
    children|returned;a=the agency;alt=the International Organization for Migration]],
    [[11|returned;a=the agency;alt=the International Organization for Migration]] of them
    travelling without a parent, the agency said. IOM said it had helped [[more than 6,700
    Somalis|returned;a=IOM]] return from Yemen since {{2017}} and that [[about 1,200 more|returned;p;n=-;a=IOM]]
    had registered for flights. Each returnee receives {{$150}} and a {{three-month}} health
    check-up. Many had crossed the Gulf of Aden in the hope of reaching Saudi Arabia. [[Tens of
    thousands of Somali refugees|displaced]] remain in Yemen, many of them in Aden and Kharaz camp.
    """,
)

item(
    "Hotel siege in Mogadishu leaves 15 dead, including ambassador",
    """
    Al-Shabaab gunmen who stormed the Makka al-Mukarama hotel in Mogadishu on Friday were killed
    after a night-long siege. Police captain Mohamed Hussein said [[15 people|killed;a=Police
    captain Mohamed Hussein]] died, including Somalia's ambassador to Switzerland, and [[more than
    20|injured;a=Police captain Mohamed Hussein]] were wounded. [[All five gunmen|killed;a=Police captain Mohamed Hussein]] died
    in the fighting, he said. Security forces evacuated [[about 40 guests|displaced]] through a
    side entrance as the attackers fought their way up the stairs. The hotel's owner, Abdirahman
    Ali, said [[eight staff members|killed;a=The hotel's owner, Abdirahman Ali]] were among the dead.
    A security official told AFP that [[three men|arrested;a=A security official]] had been arrested
    near the hotel.
    """,
)

item(
    "Mogadishu plans to relocate evicted families to new settlement",
    """
    The Banadir Regional Administration said on Tuesday it would relocate [[3,000 evicted
    households|displaced;p;a=The Banadir Regional Administration]] to a settlement on the road to
    Afgooye by the end of {{2025}}. The {{first}} phase, funded by Qatar and the UN, is to provide
    [[1,500 permanent houses|housing;p;a=the administration's deputy governor for humanitarian
    affairs]] and [[200 latrines|aid;p;a=the administration's deputy governor for humanitarian
    affairs]], the administration's deputy governor for humanitarian affairs said. Rights groups
    said evictions were outpacing any relocation: the Norwegian Refugee Council counted [[more than
    134,000 people|displaced;a=the Norwegian Refugee Council]] evicted in the {{first six months}} of the year, most of them from [[about 480 sites|capacity;a=the Norwegian Refugee Council]] on
    private land. Amina Hussein, who chairs a committee of site leaders in Kahda, said [[about 70
    families|displaced;a=Amina Hussein]] arrive there each week from sites closer to the city.
    Police demolished [[42 shelters|housing;a=witnesses]] in Hodan on Monday after a court order,
    witnesses said.
    """,
)

item(
    "Thousands flee Mogadishu neighbourhoods as rival forces clash over term extension",
    """
    Fighting between government troops and forces loyal to opposition leaders in Mogadishu forced
    [[between 60,000 and 100,000 people|displaced;a=UNHCR]] from their homes over the weekend,
    UNHCR said on Tuesday. Hospitals in the capital treated [[at least 30 people|injured]] for
    gunshot wounds. Medical officials said [[five people|killed;a=Medical officials]] were killed.
    The government said [[about 700 soldiers|combatants;a=The government]] had defected to the
    opposition after parliament extended the president's term by {{two years}}. Opposition
    commanders paraded [[dozens of technicals|other]] in the Fagah and Marinaya neighbourhoods. Aid
    agencies said [[more than 200 families|displaced;a=Aid agencies]] were sheltering in schools in
    Hodan district. Residents said [[dozens of houses|housing;a=Residents]] in Fagah had been hit by
    mortar fire.
    """,
)

item(
    "Suicide bomber kills recruits at Mogadishu military academy",
    """
    A suicide bomber blew himself up among recruits queuing for lunch at the Jaalle Siyaad military
    academy in Mogadishu on Monday, killing [[at least 25 soldiers|killed;a=military officials]] and
    wounding [[40|injured;a=military officials]], military officials said. Major Abdullahi Ali, an
    officer at the academy, said [[about 600 recruits|combatants;a=Major Abdullahi Ali]] were in the
    compound when the bomber struck. Ambulance drivers carried [[dozens of wounded
    men|injured]] to Erdogan hospital. Al-Shabaab said in a statement that it had killed [[73
    soldiers|killed;a=Al-Shabaab]], a figure the army dismissed. The academy has trained [[some
    4,000 soldiers|combatants]] since it reopened in {{2021}}, after being closed for more than
    {{three decades}}.
    """,
)

item(
    "Families gather at Zobe on anniversary of Somalia's deadliest bombing",
    """
    Families of the victims of the {{14 October 2017}} truck bombing gathered at Mogadishu's Zobe
    junction on Friday to mark the {{fifth}} anniversary of the attack, the deadliest in the
    country's history. A memorial garden, promised since {{2018}}, is still unbuilt; the city has
    set aside {{$1.2 million}} for it in its {{2023}} budget. Fatima Abdi, {{52}}, lost her son, then
    {{19}}, who sold phone cards near the junction. "I come every year at {{3:20pm}}, the minute the
    lorry exploded," she said. The ceremony lasted about {{two hours}} and ended with prayers at
    the {{KM4}} mosque.
    """,
)

item(
    "Military court sentences bomb-maker to death over ministry attack",
    """
    A military court in Mogadishu on Sunday sentenced a {{34-year-old}} man to death for building
    the car bombs used in the {{October 2022}} attack on the education ministry. Judge Hashi Elmi
    Nur gave his co-defendant, aged {{23}}, a prison term of {{15 years}} under Article {{220}} of the
    military penal code. The trial opened on {{12 March}} and lasted {{11 weeks}}. Prosecutors said
    the man had been paid {{$3,000}} by al-Shabaab's Amniyat wing and had studied at a Quranic
    school in Barawe until he was {{16}}. Defence lawyers said they would appeal within the
    {{30 days}} allowed.
    """,
)
