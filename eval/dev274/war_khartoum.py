"""The capital: Khartoum, Omdurman and Bahri, the Emergency Response Rooms, the army's return,
detention, the missing and the cholera, and the government in Port Sudan (15 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Khartoum fighting enters second week as toll climbs",
    """Fighting between the army and the Rapid Support Forces raged across Khartoum for a
    {{ninth}} day on {{Sunday}}, as residents ran out of food and water. The health ministry said
    [[at least 413 people|killed;a=The health ministry]] had been killed and [[3,551|injured;a=The
    health ministry;n=-]] wounded nationwide since {{April 15}}. The doctors' union said
    [[around 20 hospitals|other;a=The doctors' union;u=structure]] in the capital had been forced
    out of service by shelling or occupation by fighters. [[Tens of thousands of
    residents|displaced]] have left the city by road for Gezira, the Nile River state and the
    Egyptian border. European governments said they had evacuated [[more than 1,000 EU
    citizens|displaced;a=European governments]] on military flights from an airstrip north of
    the city. The army said it had [[about 120,000 soldiers|combatants;a=The army]] under arms,
    and put the RSF's strength at [[some 100,000 fighters|combatants;a=The army]].""",
)

item(
    "Omdurman kitchens cut meals as funds dry up",
    """The Emergency Response Rooms in Omdurman said they were serving [[about 12,000 people a
    day|aid;a=The Emergency Response Rooms in Omdurman]] from their communal kitchens, down from
    {{twice}} that number in {{March}}. [[Forty of the kitchens|other;a=the volunteers;u=other]]
    have closed since the United States froze most foreign aid, the volunteers said. "We used to
    cook for [[350 families|aid;a=Sara Osman]] in our street, now it is lentils for [[80|aid;a=Sara Osman;n=-;u=household]]," said Sara Osman, a {{29-year-old}} coordinator in Karari. A
    kitchen of that size costs about {{$30,000}} a month to run. The network said [[14
    volunteers|arrested;a=The network;alt=The Emergency Response Rooms in Omdurman]] had been
    detained by military intelligence in Omdurman since {{January}} and [[three|killed;a=The
    network;alt=The Emergency Response Rooms in Omdurman;n=-]] killed by shelling while
    queueing for supplies. The rooms won the {{2025}} Rafto Prize for their work.""",
)

item(
    "Army retakes Republican Palace in central Khartoum",
    """The army recaptured the Republican Palace in central Khartoum on {{Friday}}, its biggest
    gain in {{two years}} of war, and soldiers filmed themselves celebrating in the ruined
    courtyard. An army spokesman said [[hundreds of RSF fighters|killed;a=An army spokesman]]
    had been killed in the final push and [[dozens|arrested;a=An army spokesman;n=-]] taken
    prisoner. Hours later an RSF drone hit the palace, killing [[three members of a state
    television crew|killed;a=state media;n=members]] and [[two army officers|killed;a=state
    media]], state media said. [[Thousands of RSF fighters|combatants;a=residents]] pulled back
    towards the Jebel Aulia bridge over the White Nile, residents said. The UN said [[about 1.5
    million people|civilians;a=The UN]] were still living in Khartoum state, compared with [[about six
    million|civilians;a=The UN;v=6000000;n=-]] before the war. [[At least 18 civilians|killed;a=the Emergency Response
    Room in central Khartoum]] were killed by crossfire in the downtown districts during the
    battle, the Emergency Response Room in central Khartoum said.""",
)

item(
    "Khartoum returnees face ruins, cholera and no power",
    """[[More than 1.2m people|returned;a=the International Organization for Migration]] have
    returned to Khartoum state since the army retook the capital, according to the International
    Organization for Migration. The agency expects that number to reach [[2 million|returned;a=The
    agency;alt=the International Organization for Migration;p;n=-]] by the end of the year.
    Free trains from Aswan have brought back [[about 1,800 passengers a
    week|returned]] since
    {{July}}. Many returnees found their homes looted or occupied: the state government said
    [[30,000 homes|housing;a=the state government]] in Bahri and Khartoum had been damaged and
    [[some 4,500|housing;a=the state government;n=-;u=structure]] destroyed outright. "We came back to
    walls and nothing else," said Ahmed Babiker, {{63}}, in the Haj Yousif district. The
    government says it will rehouse [[12,000 families|aid;a=The government;p]] in prefabricated
    units before the rains, though it has set aside only {{$40 million}} for the plan.""",
)

item(
    "Forensic teams exhume bodies from Khartoum's makeshift graves",
    """Forensic teams in Khartoum have exhumed [[more than 3,000 bodies|killed;a=the public
    prosecutor's office]] from makeshift graves in schoolyards, mosques and house gardens since
    {{April}}, the public prosecutor's office said. Many were buried hastily by neighbours during
    the {{23 months}} the RSF held the city. The Sudanese Red Crescent said [[about 1,500
    people|missing;a=The Sudanese Red Crescent]] from Khartoum state had been registered as
    missing by their families. [[Forty forensic specialists|other]] have been trained for the
    work, with help from the International Committee of the Red Cross. The committee said
    identification would take {{years}}: of the remains recovered, [[only 412|other;a=The
    committee;alt=the International Committee of the Red Cross;n=-]] have been identified so far.
    Prosecutors said [[at least 60 bodies|killed;a=Prosecutors]] found in a single site in
    Al-Shajara showed signs of execution.""",
)

item(
    "Families bury dead after RSF rampage in Salha",
    """RSF fighters killed [[at least 31 people|killed;a=the Emergency Response Room in
    Omdurman]], including children, when they went house to house in the Salha area of southern
    Omdurman, the Emergency Response Room in Omdurman said on {{Saturday}}. A medic at Al-Nao
    Hospital said [[17 wounded|injured;a=A medic at Al-Nao Hospital]] had been brought in with
    gunshot wounds. Residents said the fighters took [[between 20 and 30 young men|kidnapped;a=Residents]] with them as they withdrew. A video circulating on social media showed [[about
    a dozen men|killed]] lying dead in a street; the RSF said it was fabricated. By {{Sunday}} [[between 2,000 and
    3,000 families|displaced;a=the Omdurman locality]] had fled towards central Omdurman, the
    Omdurman locality said. Fighters also set fire to [[at least eight houses|housing]]. The UN
    resident coordinator said she was "horrified" by the killings. The attack came {{days}}
    after the army declared Khartoum state "free" of the RSF.""",
)

item(
    "Army finds hundreds of detainees in RSF-run Soba prison",
    """Soldiers who entered the RSF's detention site at Soba in southern Khartoum found
    [[hundreds of detainees|arrested;a=the army]] held in overcrowded halls, the army said.
    Military officials later said [[more than 1,700 people|other;a=Military officials]] had been
    freed from the site, many too weak to walk. Rights groups said [[at least 500
    detainees|killed;a=Rights groups]] had died in the prison since {{2023}}, of disease,
    starvation and torture, and [[nearly 600|killed;a=the Sudan Doctors Network;n=-]] more
    in other RSF prisons in the capital, according to the Sudan Doctors Network. Families
    queued outside Omdurman's hospitals searching for relatives: the Missing Persons Initiative
    said it still had [[more than 3,000 people|missing;a=the Missing Persons
    Initiative]] from the capital on its register. Freed detainees said they were interrogated about suspected links to
    the army and beaten daily for {{weeks}}.""",
)

item(
    "RSF shelling hits Omdurman's Sabreen market",
    """RSF shelling of the crowded Sabreen market in Omdurman killed [[at least 56
    people|killed;a=the health ministry]] and wounded [[158|injured;a=the health ministry;n=-]]
    on {{Saturday}}, the health ministry said. The Sudan Doctors Network said [[five
    women|killed;a=The Sudan Doctors Network]] and [[11 children|killed;a=The
    Sudan Doctors Network]] were among the dead. Al-Nao Hospital put out an urgent call for blood
    donors and said [[23 of the wounded|injured;a=Al-Nao Hospital]] were in critical condition. Traders said [[dozens of stalls|housing;a=Traders;u=structure]] selling vegetables
    and meat had been destroyed. The RSF, which had been shelling Karari and Omdurman from
    positions {{10 kilometres}} to the west, did not comment. It was the {{third}} attack on the
    market this year.""",
)

item(
    "Cholera deaths rise in Khartoum state",
    """Cholera has killed [[more than 170 people|killed;a=the health ministry]] in Khartoum state
    in {{two weeks}}, the health ministry said, after drone strikes knocked out power to the
    capital's water plants. The ministry recorded [[7,700 cases|other;a=The ministry]] over the
    same period, [[about 1,000|other;a=The ministry;n=-;u=other]] of them in a single day. The
    World Health Organization said [[1.4 million people|aid;a=The World Health Organization]]
    had been vaccinated in Khartoum, Omdurman and Bahri, and that a further [[600,000|aid;a=The
    World Health Organization;p;n=-]] would be reached in a second round. MSF said its teams
    were treating [[up to 200 patients a day|other;a=MSF]] at the cholera centre in Bashair
    Hospital, which has [[80 beds|capacity;u=other]]. Residents are drinking water from the Nile
    and from wells {{20 metres}} deep.""",
)

item(
    "Army mobilises tens of thousands of volunteers",
    """The army has drawn [[tens of thousands of volunteers|combatants]] into the "popular
    resistance" since {{December}}, arming civilians in the Nile River, Kassala and Gedaref
    states. A mobilisation official said [[40,000 recruits|combatants;a=A mobilisation
    official]] had completed training in the River Nile state alone and that [[up to
    100,000|combatants;a=A mobilisation official;p;n=-]] would be ready by mid-year. The
    Al-Baraa bin Malik Brigade, an Islamist-linked unit, has [[several thousand
    fighters|combatants;a=analysts]] in Khartoum, analysts say. Commanders told Reuters that [[between 3,000 and 5,000
    fighters|combatants;a=Commanders]] had been sent on to Kordofan. UNICEF said it had verified the
    recruitment of [[more than 200 children|combatants;a=UNICEF]] by both sides in {{2024}}.
    Recruits as young as {{16}} are being sent to the front after {{three weeks}} of training,
    their families told Reuters.""",
)

item(
    "Women abducted in RSF-held districts of Khartoum",
    """The Strategic Initiative for Women in the Horn of Africa said it had documented the
    abduction of [[at least 260 women and girls|kidnapped;a=The Strategic Initiative for Women
    in the Horn of Africa;n=women and girls]] in RSF-held parts of Khartoum and Bahri. The group
    said [[at least 40|kidnapped;a=The group;alt=The Strategic Initiative for Women in the Horn of
    Africa;n=-]] were still being held, some in houses the fighters had seized. Families said
    kidnappers demanded ransoms of up to {{$2,000}}. Survivors told the network that girls as
    young as {{13}} were taken. After the army retook the districts, police said they had freed
    [[19 women|kidnapped;a=police]] from a house in Kafouri and arrested [[three men|arrested;a=police]]
    guarding them. The UN Population Fund said [[more than 6,700 women|injured;a=The UN
    Population Fund]] had sought medical care after sexual violence in the capital since
    {{2023}}. The RSF says it punishes fighters
    who commit abuses and has arrested [[more than 90|arrested;a=The RSF;n=-]] of its own
    members.""",
)

item(
    "Volunteers count their own dead",
    """The Emergency Response Rooms, the neighbourhood networks that have fed and treated
    Khartoum's residents since {{2023}}, said [[at least 68 of their volunteers|killed;a=The
    Emergency Response Rooms]] had been killed. [[Around 200|arrested;a=the network;alt=The
    Emergency Response Rooms;n=-]] had been detained by the army or the RSF at some point, the
    network said, and [[12 others|missing;a=the network;alt=The Emergency Response Rooms]] were
    missing. The network runs [[more than 700 communal kitchens|aid;u=other]] across Sudan, most
    of them in Khartoum and Darfur, and they feed [[an estimated 2 million people a day|aid]]. "Each arrest means a kitchen closes," a coordinator in Bahri
    said. In Bahri alone, [[nine kitchens|other;a=the coordinator;u=other]] shut in {{May}}, the
    coordinator said. Volunteers are accused by both sides of collaborating with the other. The rooms were
    nominated for the Nobel Peace Prize in {{2024}} and {{2025}}.""",
)

item(
    "Journalists killed and detained since war began",
    """The Sudanese Journalists Syndicate said [[at least 31 journalists|killed;a=The Sudanese
    Journalists Syndicate]] and media workers had been killed since the war began, most of them
    in Khartoum and El Fasher. It said [[more than 50|arrested;a=The Sudanese
    Journalists Syndicate;n=-]] had been detained by one side or the other, and [[at least
    four|missing;a=The Sudanese Journalists Syndicate;n=-]] were still missing. [[Over
    100 journalists|displaced]] have fled abroad, mostly to Egypt and Uganda. The Committee to
    Protect Journalists ranked Sudan among the {{five}} deadliest countries for the press in
    {{2025}}. [[Two reporters|kidnapped;a=the syndicate;alt=The Sudanese Journalists
    Syndicate]] abducted in Bahri in {{March}} were released after {{11 days}}, the syndicate
    added.""",
)

item(
    "Al-Nao hospital keeps operating under shellfire",
    """MSF said its team at Al-Nao Hospital in Omdurman had treated [[more than 1,600 war-wounded
    patients|injured;a=MSF]] since {{August}}, including [[about 450 women and children|injured;a=MSF;n=women
    and children]]. On a single day in {{February}}, [[62 wounded|injured;a=the
    hospital's director]] arrived after shells landed on a bus station, and [[nine|killed;a=the
    hospital's director;n=-]] of them died before they could reach the operating theatre, the
    hospital's director said. [[Four nurses|injured]] were hurt when a shell hit the emergency
    ward in {{June}}. Al-Nao is one of [[only 15 health facilities|other;a=the World Health
    Organization]] still working in Omdurman, a city of millions, according to the World Health
    Organization. Its wards routinely hold {{twice}} as many patients as they have beds, with the
    overflow treated on mattresses in the corridors.""",
)

item(
    "Displaced families told to leave Kassala schools",
    """Authorities in Kassala have ordered [[about 9,000 displaced families|displaced;a=the state's
    humanitarian aid commission]] living in [[112 schools|capacity;a=the state's humanitarian aid
    commission]] to move out before classes resume in {{September}}, the state's humanitarian
    aid commission said. Most fled Khartoum and Gezira in {{2023}} and {{2024}}. The commission
    said [[three new camps|capacity;a=The commission;p]] on the edge of the city would have space
    for [[4,500 families|capacity;a=The commission;p]], half the number affected. The Norwegian
    Refugee Council said [[at least 1,200 households|civilians;a=The Norwegian Refugee Council]]
    had nowhere else to go. "We were told to leave in {{ten days}}," said Fatima Hamid, who fled
    Bahri with her children. Aid groups said [[600 tents|aid;a=Aid groups]] had been delivered to
    the new sites so far.""",
)

item(
    "Drones hit Port Sudan fuel depots for third day",
    """Drones struck fuel depots and the area around the airport in Port Sudan for a {{third}}
    consecutive day on {{Tuesday}}, sending plumes of black smoke over the Red Sea city that has
    served as the army-backed government's seat since {{August 2023}}. Flights were suspended
    for {{48 hours}}. The army blamed the RSF, which had not previously struck a target so far
    from its lines, more than {{1,000 km}} to the west. The strikes knocked out about {{40%}} of
    the city's fuel storage, according to an energy ministry official, and petrol prices rose to
    {{5,500 pounds}} a litre. No casualties were reported. The attacks began at around {{4am}} on
    {{May 4}}.""",
)

item(
    "Finance ministry unveils 2026 budget with war spending",
    """Sudan's finance ministry presented a draft budget for the {{2026}} fiscal year on
    {{Wednesday}}, its {{third}} since the war began. Spending is set at {{SDG 18.4 trillion}},
    with defence and security taking {{more than 40%}}, the minister told reporters in Port
    Sudan. Revenue is expected to cover just {{55%}} of outlays, with the gap financed by
    central bank borrowing. Gold exports, the main source of hard currency, earned {{$1.6
    billion}} in {{2025}}, down from {{$2 billion}} in {{2022}}. Inflation ended last year at
    about {{120%}}. The budget assumes an exchange rate of {{2,500}} pounds to the dollar, a
    figure economists called optimistic.""",
)
