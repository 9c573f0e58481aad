"""Items of dev306: the response (military operations and airstrikes, arrests, refugees across
the border, aid and camps, overviews of the north-west and north-central)."""

from _wrap import item

item(
    "Nigerians flee bandit attacks into Niger's Maradi region",
    """[[More than 23,000 Nigerians|displaced;a=the UN refugee agency]] have crossed into Niger's
    Maradi region since {{January}} to escape bandit attacks in Sokoto and Katsina states, the UN
    refugee agency said. UNHCR said [[up to 500 people a day|displaced;a=UNHCR]] were arriving at
    border villages. {{Nearly 70 percent}} are women and children, among them [[at least 640 unaccompanied children|displaced]]. The
    agency said it planned to relocate [[about 7,000 refugees|displaced;a=The agency;alt=the UN
    refugee agency;p]] away from the border, where [[11 host villages|other]] are overwhelmed.
    UNHCR has distributed [[2,400 shelter kits|aid;a=UNHCR]] in Guidan Roumdji and Madarounfa,
    it said. [[Some 1,800 refugees|returned]] have gone back to Sabon Birni in recent
    weeks.""",
)

item(
    "Army says 1,200 bandits surrendered in Zamfara, Katsina",
    """[[About 1,200 bandits|other;a=the military]] and their families have surrendered to troops
    in Zamfara and Katsina under a disarmament programme, the military said. Operation Hadarin
    Daji commander Major-General Aminu Chinade said the fighters handed over [[310 rifles|other;
    a=Operation Hadarin Daji commander Major-General Aminu Chinade]] and [[more than 9,000
    rounds|other;a=Operation Hadarin Daji commander Major-General Aminu Chinade]] of
    ammunition. He said [[246 captives|kidnapped;a=Major-General Aminu Chinade]] were released as
    part of the deals. Critics say [[at least 60|other;a=Critics;n=-]] of those who surrendered
    have since returned to the forests. The operation has [[roughly 6,000 troops|combatants]]
    in the two states.""",
)

item(
    "Air force strike kills dozens of villagers in Zamfara, residents say",
    """A Nigerian Air Force strike killed [[at least 16 villagers|killed;a=residents]] in Tungar
    Kara, Maradun local government area, residents said. The village had been attacked earlier by
    bandits, and [[dozens of vigilantes|combatants]] had gathered to pursue them. Amnesty
    International said [[more than 20 people|killed;a=Amnesty International]] died and
    [[eight|injured;a=Amnesty International;n=-]] were injured. The air force said it struck
    a column of [[30 motorcycles|other;a=The air force]] carrying bandits and would
    investigate. The state government said [[14 households|displaced;a=The state government]]
    had moved to Maradun town. It is at least the {{fourth}} strike on civilians in the
    north-west since {{2023}}.""",
)

item(
    "Police arrest suspected arms suppliers to Zamfara bandits",
    """Police arrested [[seven suspected arms suppliers|arrested;a=Force spokesman Muyiwa
    Adejobi]] in Zamfara and Kebbi, Force spokesman Muyiwa Adejobi said. He said officers
    recovered [[1,250 rounds|other;a=Muyiwa Adejobi]] of {{7.62mm}} ammunition and [[six assault rifles|other;a=Muyiwa Adejobi]]. [[Three of the suspects|arrested;a=Adejobi;
    n=suspects]] were serving soldiers, Adejobi said. The suspects were paid up to {{N5 million}}
    per consignment. Police said the network had supplied [[at least four bandit gangs|other;
    a=Police;n=gangs;u=other]] operating around Gusau. [[Two more suspects|arrested]] are on the
    run.""",
)

item(
    "NEMA: 1.2 million displaced across north-west and north-central",
    """Banditry and farmer-herder violence have displaced [[about 1.2 million people|displaced;
    a=the National Emergency Management Agency]] across north-west and north-central Nigeria, the
    National Emergency Management Agency said. The agency said [[over 350,000|displaced;a=The
    agency;alt=the National Emergency Management Agency;n=-]] were in Benue alone. It said
    [[about 4.4 million people|civilians;a=the National Emergency Management Agency]] in the
    two regions need humanitarian assistance. NEMA said it operates [[134 displacement sites|
    capacity;a=NEMA]]. The agency plans to reach [[600,000 people|aid;a=The agency;alt=the
    National Emergency Management Agency;p]] with food in the lean season. [[Tens of thousands|
    returned;n=-]] have gone home this year.""",
)

item(
    "Katsina peace deal frees hostages in Danmusa",
    """Bandits released [[52 hostages|kidnapped;a=the Danmusa local government council]] under a
    local peace deal in Danmusa, the Danmusa local government council said. Council chairman
    Ibrahim Dangani said [[about 100 kidnap victims|kidnapped;a=Council chairman Ibrahim Dangani]]
    had been freed since the deal was struck in {{April}}. He said [[between 3,000 and 4,000
    residents|returned;a=Ibrahim Dangani]] had returned to [[15 villages|other;a=Ibrahim Dangani]].
    Under the deal, bandits may graze [[several thousand cattle|other]] on designated routes. The
    state government said [[no more than 40 fighters|combatants;a=The state government]] had
    refused to sign.""",
)

item(
    "Kaduna: troops foil attack, free travellers on Kachia road",
    """Troops repelled an attack on travellers on the Kaduna-Kachia road and rescued [[27
    passengers|kidnapped;a=the army]], the army said. Army spokesman Lieutenant-Colonel Musa
    Yahaya said [[six bandits|killed;a=Army spokesman Lieutenant-Colonel Musa Yahaya]] were
    killed. He said [[two soldiers|injured;a=Musa Yahaya]] were wounded. The bandits had blocked
    the road with [[three burning trucks|other]]. [[Up to 15 vehicles|other]] were caught in the attack. [[Four passengers|missing;a=relatives]] are
    still missing, relatives said. The army said [[200 troops|combatants;a=The army;p]] would
    patrol the road from next week.""",
)

item(
    "Zamfara orders closure of schools after Gusau hostel raid",
    """Zamfara closed [[all 224 secondary schools|other;n=schools;a=the state commissioner for
    education]] after gunmen abducted [[24 female students|kidnapped;a=the state commissioner for
    education]] from hostels near the Federal University Gusau, the state commissioner for
    education said. The university said [[about 1,800 students|civilians;a=The university]] lived
    in off-campus hostels in Sabon Gida. [[Nine construction workers|kidnapped]] were also taken.
    Police said [[13 of the students|kidnapped;a=Police;n=students]] were later rescued. The
    university moved [[about 600 students|displaced;a=The university]] to hostels on the main
    campus.""",
)

item(
    "Plateau: displaced farmers return under escort",
    """[[About 4,500 displaced farmers|returned;a=Operation Safe Haven]] have returned to villages
    in Riyom and Barkin Ladi under military escort, Operation Safe Haven said. The task force said
    it had set up [[nine forward operating bases|other;a=The task force;alt=Operation Safe Haven;
    u=structure]] in the area. [[Some 2,000 others|displaced;n=others]] remain in a camp in
    Heipang. The Plateau government said it would rebuild [[about 300 homes|housing;a=The Plateau
    government;p]] burned last year. Returnees said [[three farmers|killed;a=Returnees]] were
    killed on their farms in {{August}}, despite the escorts.""",
)

item(
    "Kidnappings in Nigeria's north-west cost families billions, report says",
    """Kidnappers seized [[7,568 people|kidnapped;a=SBM Intelligence]] across Nigeria between
    {{July 2023 and June 2024}}, according to SBM Intelligence. The Lagos-based consultancy said
    nearly half of the abductions took place in the north-west. The consultancy counted [[1,130 kidnap incidents|other;a=The consultancy;alt=SBM Intelligence;u=other]] in the period.
    It said [[at least 1,056 kidnap victims|killed;a=SBM Intelligence]] were killed in captivity.
    Families paid ransoms of about {{N2.2 billion}}, the report said. Katsina followed with [[614 victims|kidnapped]], and Kaduna with [[about 560|kidnapped;n=-]]. In Zamfara alone, [[1,220 people|kidnapped;a=the report]] were abducted, the report said.""",
)

item(
    "Niger: vigilantes killed, villagers flee Munya",
    """Bandits killed [[at least 22 vigilantes|killed;a=a local leader]] in an ambush in Munya local
    government area, a local leader said. [[Another 10|missing;a=the local leader;alt=a local
    leader;n=-]] are missing, the local leader said. Residents said [[more than 3,000 people|
    displaced;a=Residents]] fled to Sarkin Pawa and Minna. The Niger State government said
    [[two relief camps|capacity;a=The Niger State government]] had opened in Minna with room for
    [[1,500 people|capacity]]. [[Five wounded vigilantes|injured]] were taken to Minna. The emergency agency said it had delivered [[250 bags|aid;a=The
    emergency agency]] of rice.""",
)

item(
    "Wire tally: 2,600 killed in north-west in 2021",
    """Armed violence killed [[more than 2,600 people|killed;a=the Armed Conflict Location and
    Event Data Project]] in Nigeria's north-west in {{2021}}, according to the Armed Conflict
    Location and Event Data Project. The monitor recorded [[about 1,900|killed;a=The monitor;
    alt=the Armed Conflict Location and Event Data Project;n=-]] civilian deaths. Zamfara was the
    worst-hit state, with [[over 1,000 fatalities|killed]]. [[Over 450 people|killed]] were killed in Katsina and
    [[nearly 400|killed;n=-]] in Sokoto. Security forces killed [[hundreds of bandits|killed]]
    in air and ground operations. The monitor said [[more than 2,000 people|kidnapped;a=The monitor;alt=the Armed Conflict Location and Event Data Project]] were abducted in the region that year.""",
)

item(
    "Benue: flood of displaced overwhelms Daudu camp",
    """The Daudu camp in Guma, designed for [[7,000 people|capacity]], now holds [[over 20,000|
    displaced;a=camp coordinator Terkaa Ayoo;n=-]], camp coordinator Terkaa Ayoo said. He said
    [[about 400 new arrivals|displaced;a=Terkaa Ayoo]] come each week. [[Hundreds of families|
    displaced]] sleep in the open. The World Food Programme said it had delivered [[160 tonnes|
    aid;a=The World Food Programme]] of cereals to the camp. Ayoo said [[eight children|killed;
    a=Ayoo]] died of measles in {{October}}. The state plans to open [[three new camps|capacity;
    a=The state;p]] before the rains.""",
)

item(
    "Sokoto: Sabon Birni market attack",
    """Bandits attacked the weekly market in Sabon Birni, killing [[19 traders|killed;a=the district head]], the district head said. Residents said [[as many as 200 gunmen|combatants;a=Residents]] arrived on motorcycles. [[Dozens of shops|housing]] were set on fire. The
    district head said [[at least 30 traders|kidnapped;a=The district head]] were taken away.
    Sokoto police said [[two police officers|killed;a=Sokoto police]] died in a shootout with
    the attackers. Police said [[four|arrested;a=Police;n=-]] had been arrested. [[Hundreds of
    residents|displaced]] fled to Isa.""",
)

item(
    "Katsina mass burial after Bakolori attack",
    """Villagers in Bakolori buried [[at least 40 people|killed;a=the village head]] on {{Sunday}},
    the village head said. [[Seventeen|injured;n=-]] were in hospital in Katsina. The head said
    [[between 60 and 80 houses|housing;a=The head;alt=the village head]] were burned and [[some
    300 sheep and goats|other;n=sheep and goats]] taken. The state government sent [[two truckloads|
    aid;a=The state government;n=truckloads;u=other]] of food. Police said [[30 tactical officers|
    combatants;a=Police]] were deployed. [[About 500 women and children|displaced;n=women and
    children]] left for Katsina city.""",
)

item(
    "Zamfara gold mines: state revenue and royalties",
    """Zamfara earned {{N1.4 billion}} in mining royalties in {{2024}}, {{12 per cent}} more than
    the year before, officials said. The state holds {{32}} licences under the {{2007}} Minerals
    and Mining Act. Gold prices rose {{27%}} over the period. The assembly will debate the {{2026
    fiscal year}} plan on {{March 4}}. The report took {{nine months}} to compile.""",
)

item(
    "Nigeria Police recruitment: north-west quota announced",
    """The Nigeria Police Force said on {{October 2}} that applicants must be aged {{18 to 25}} and
    at least {{1.67m}} tall. Forms cost {{N2,000}}. The exercise, the {{third}} since {{2019}},
    runs for {{six weeks}}. Training lasts {{nine months}} at colleges in Kano and Kaduna. Results
    are due in {{early 2026}}.""",
)
