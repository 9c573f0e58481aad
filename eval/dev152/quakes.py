"""Earthquakes, landslides and an ice collapse: Türkiye and Syria 2023, Izmir 2020, Morocco 2023,
Albania 2019, Gofa 2024, Freetown 2017, the Marmolada 2022, Ischia 2022 (9 articles)."""

from _wrap import item

item(
    "Türkiye earthquakes: death toll rises to 36,187",
    """The death toll from the {{February 6}} earthquakes in southern Türkiye has risen to
    [[36,187|killed;n=-;a=the Disaster and Emergency Management Authority (AFAD)]], the
    Disaster and Emergency Management Authority (AFAD) said on Wednesday. AFAD said [[more than
    108,000 people|injured;a=AFAD]] had been injured in the magnitude {{7.7}} and {{7.6}}
    quakes centred in Kahramanmaraş, which were felt as far away as Cyprus and Egypt. [[More
    than 238,000 personnel|other;a=AFAD]] are taking part in search and rescue work, among them
    [[11,488 international rescuers|other;a=AFAD]], according to AFAD. In Kahramanmaraş,
    rescuers pulled a {{46-year-old}} woman alive from the rubble on Wednesday, {{222 hours}}
    after the first quake. Murat Kurum, the environment and urbanisation minister, said [[more
    than 50,000 buildings|housing;a=Murat Kurum]] had either collapsed, needed urgent
    demolition or were severely damaged. The authority said [[more than 2.2 million
    people|displaced;v=2200000;a=The authority;alt=the Disaster and Emergency Management
    Authority (AFAD)]] had been evacuated from the quake zone, and that [[over 1
    million|displaced;n=-;a=The authority;alt=the Disaster and Emergency Management Authority
    (AFAD)]] were staying in tents and container homes. [[More than 30,000
    soldiers|combatants;a=the defence ministry]] have been deployed to the region, the defence
    ministry said, and AFAD has recorded [[more than 5,000 aftershocks|other;u=other;a=AFAD]]
    since the first tremor. The quakes struck at {{4:17am}} and {{1:24pm}}, {{nine hours}}
    apart, and Hatay, Kahramanmaraş and Adıyaman were the worst hit. Many survivors have left
    the region for Ankara, Istanbul and Mersin, where relatives and the state have offered them
    housing. President Recep Tayyip Erdoğan said construction of [[more than 200,000
    homes|housing;p;a=President Recep Tayyip Erdoğan]] would begin in March. The Turkish Red
    Crescent has appealed for blood donations and warm clothing as night temperatures fall
    below freezing.""",
)

item(
    "In Syria's rebel-held northwest, rescuers dig with bare hands",
    """In northwest Syria, the White Helmets civil defence group said [[more than 2,200
    people|killed;a=the White Helmets civil defence group]] had been killed in opposition-held
    areas and [[2,950|injured;n=-;a=the White Helmets civil defence group]] injured, and that
    its volunteers had pulled [[479 people|other;a=the White Helmets civil defence group]]
    alive from the rubble. In government-held areas, the health ministry put the toll at
    [[1,414|killed;n=-;a=the health ministry]]. The first UN aid convoy since the quake, [[six
    trucks|aid]] carrying tents and hygiene kits, crossed from Turkey through Bab al-Hawa on
    Thursday, {{three days}} after the disaster. Before the earthquake, [[4.1 million
    people|civilians;v=4100000;a=the UN]] in the northwest already depended on aid, according
    to the UN. The Syrian American Medical Society said its hospitals in Idlib had received
    [[more than 1,300 wounded|injured;n=-;a=The Syrian American Medical Society]] in the first
    {{48 hours}}. The White Helmets said [[at least 550 buildings|housing;a=The White Helmets]]
    had been destroyed completely and [[1,570|housing;n=-;u=structure;a=The White Helmets]]
    partially. In Jandaris, where whole apartment blocks fell, families dug with shovels and
    their hands as the group's teams moved from one collapsed building to the next.""",
)

item(
    "Izmir earthquake toll rises to 114 as search ends",
    """Search and rescue operations in Izmir's Bayraklı district ended Wednesday, with the death
    toll from the magnitude {{6.6}} earthquake reaching [[114|killed;n=-;a=the Disaster and
    Emergency Management Presidency (AFAD)]], the Disaster and Emergency Management Presidency
    (AFAD) announced. Of the [[1,035 people|injured;a=officials]] injured in Friday's quake,
    [[137|injured;n=-;a=officials]] are still being treated in hospital,
    [[three|injured;n=-;a=officials]] of them in intensive care, officials said. Rescuers
    pulled [[107 people|other]] alive from the rubble of [[17 collapsed buildings|housing]],
    including {{four-year-old}} Ayda Gezgin, who was rescued {{91 hours}} after the quake. The
    Turkish Red Crescent (Kızılay) has set up [[more than 2,000 tents|aid]] in parks and
    stadiums and is serving [[about 30,000 hot meals a day|aid]]. Prosecutors have detained
    [[nine people|arrested]], including contractors of the collapsed buildings, as part of an
    investigation into building violations. The US Geological Survey measured the quake at
    magnitude {{7.0}}. On the Greek island of Samos, [[two teenagers|killed]] were killed when
    a wall collapsed on them as they walked home from school.""",
)

item(
    "Morocco quake toll nears 3,000 as rescuers reach mountain villages",
    """The death toll from Morocco's strongest earthquake in more than a century rose to
    [[2,946|killed;n=-;a=the interior ministry]] on Tuesday, the interior ministry said, with
    [[5,674 people|injured;a=the interior ministry]] injured. The magnitude {{6.8}} quake
    struck late on Friday in the High Atlas mountains, {{72 km}} southwest of Marrakech,
    flattening villages of mud-brick houses. In Tafeghaghte, a hamlet of [[about 200
    people|civilians]], villagers said [[about 90|killed;n=-;a=villagers]] had died. Morocco
    has accepted offers of help from [[four countries|other;u=other]], Spain, Britain, Qatar
    and the United Arab Emirates, drawing criticism from some aid groups. Spain's military
    emergency unit said it had sent [[56 rescuers|other;a=Spain's military emergency unit]] and
    [[four sniffer dogs|other;u=other;a=Spain's military emergency unit]]. The UN estimates
    [[300,000 people|civilians;a=The UN]] have been affected in Marrakech and the surrounding
    provinces. A government statement said [[50,000 homes|housing;a=A government statement]]
    had collapsed fully or partially, and that families would receive {{30,000 dirhams}} each
    for emergency repairs. Many survivors have spent {{four nights}} sleeping in the open.""",
)

item(
    "Albania ends search for quake survivors, toll at 51",
    """Albania ended its search for survivors on Saturday after rescuers recovered the last bodies
    from the rubble in Durres, raising the toll from Tuesday's magnitude {{6.4}} earthquake to
    [[51|killed;n=-]]. Prime Minister Edi Rama said [[more than 2,000 people|injured;a=Prime
    Minister Edi Rama]] had been treated for injuries and [[45|other;n=-;a=Prime Minister Edi
    Rama]] pulled alive from collapsed buildings in Durres and Thumane. [[Some 4,000
    people|displaced]] whose homes are unsafe are staying in hotels along the coast and in
    tents at a sports stadium in Durres. Engineers have inspected [[more than 11,000
    buildings|other;a=the defence ministry]] and found [[about
    1,000|housing;n=-;u=structure;a=the defence ministry]] unfit to live in, the defence
    ministry said. Rescue teams from Italy, Greece, Romania, Turkey and [[a dozen other
    countries|other;u=other]] joined the search. The quake, the strongest to hit Albania in
    decades, was followed by [[more than 500 aftershocks|other;u=other]].""",
)

item(
    "Ethiopia landslide toll climbs past 250",
    """The death toll from landslides in a remote part of southern Ethiopia rose to
    [[257|killed;n=-;a=the UN humanitarian agency]] on Thursday, the UN humanitarian agency
    said, warning it could reach [[500|killed;n=-;p;a=the UN humanitarian agency]]. The first
    landslide buried [[dozens of people|killed]] in Kencho Shacha Gozdi on Monday morning, and
    a second struck as villagers dug with their hands and shovels to reach them, killing many
    of the rescuers. Local officials said [[more than 15,000 people|displaced;p;a=Local
    officials]] would have to be evacuated because of the risk of further slides, among them
    [[1,320 children|displaced;p;a=Local officials]] {{under five}} and [[5,293 pregnant or
    breastfeeding women|displaced;p;a=Local officials]]. Markos Mekonen told The Associated
    Press he had lost [[eight members of his family|killed;n=members;u=person;a=Markos
    Mekonen]]. The Ethiopian Red Cross said it had sent [[40 volunteers|other;a=The Ethiopian
    Red Cross]] and an ambulance to the area, which is reached by a single dirt road. Heavy
    rain had fallen for {{several days}} before the first slide.""",
)

item(
    "Sierra Leone mudslide: 400 bodies recovered, 600 missing",
    """Rescuers in Sierra Leone have recovered [[more than 400 bodies|killed;a=the Red Cross]]
    after a mudslide near Freetown, the Red Cross said on Wednesday, and [[more than 600
    people|missing;a=the Red Cross]] remain missing. A hillside in the Regent area collapsed
    after heavy rain early on Monday, burying houses while people slept. Seneh Dumbuya, the
    chief coroner, said [[at least 105 children|killed;a=Seneh Dumbuya]] were among the dead.
    [[Some 3,000 people|displaced;a=the government]] have been left homeless, according to the
    government. It has opened [[two emergency centres|capacity]] at Regent and Juba. Bodies
    were being buried in mass graves at Waterloo cemetery, where [[about 300|killed;n=-]] were
    laid to rest on Thursday. President Ernest Bai Koroma declared {{seven days}} of national
    mourning and appealed for urgent help.""",
)

item(
    "Marmolada: toll rises to seven, five still missing",
    """The death toll from the collapse of a section of the Marmolada glacier in the Dolomites
    rose to [[seven|killed;n=-;a=the Trento provincial authorities]] on Tuesday after rescuers
    found more human remains, while [[five people|missing;a=the Trento provincial authorities]]
    are still unaccounted for, according to the Trento provincial authorities. [[Eight
    people|injured]] were injured, [[two|injured;n=-]] of them seriously. A serac some {{200
    metres}} wide broke away on Sunday afternoon, when the temperature at the summit had
    reached a record {{10C}}, sending an avalanche of ice, snow and rock down the mountain at
    about {{300 km/h}}. Alpine rescue teams are using [[six drones|other;a=Maurizio
    Dellantonio]] to search the area, as it is too dangerous to send people onto the ice, said
    Maurizio Dellantonio, head of the national Alpine rescue corps. Authorities said [[16
    vehicles|other;a=Authorities]] were still parked at the foot of the glacier, and were
    checking their owners against the list of the missing.""",
)

item(
    "Ischia landslide: eight dead, four still missing",
    """The death toll from Saturday's landslide in Casamicciola Terme, on the island of Ischia,
    rose to [[eight|killed;n=-;a=Claudio Palomba]] on Sunday, and [[four
    people|missing;a=Claudio Palomba]] were still missing, Claudio Palomba, the prefect of
    Naples, said. A torrent of mud and rocks swept down Monte Epomeo after {{126 millimetres}}
    of rain fell in {{six hours}}, the heaviest rainfall on the island in {{20 years}}. [[About
    230 people|displaced;a=the civil protection department]] have been evacuated from their
    homes and are staying in hotels on the island, the civil protection department said.""",
)
