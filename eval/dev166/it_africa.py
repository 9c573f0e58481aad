"""Africa: Nigeria's towers, pipelines and trains, Sudan's power and water, the Sahel's wells
and fuel blockade, Tigray's blackout, Goma, Somalia's masts and Eskom (11 texts with figures,
1 without)."""

from _wrap import item

item(
    "Vandals bring down TCN towers, cut power to Abuja, Kaduna",
    """The Transmission Company of Nigeria (TCN) said on Monday that vandals had brought down
    [[three transmission towers|other;u=other;a=The Transmission Company of Nigeria (TCN)]] on
    the Shiroro-Kaduna {{330kV}} line, cutting supply to parts of the north. TCN spokesperson
    Ndidi Mbah said [[74 towers|other;u=other;a=TCN spokesperson Ndidi Mbah]] had been
    vandalised across the country this year, [[18 of them|other;n=-;u=other;a=TCN spokesperson
    Ndidi Mbah]] in the North-east. The Nigeria Security and Civil Defence Corps (NSCDC) said
    its operatives had arrested [[five suspects|arrested;a=The Nigeria Security and Civil
    Defence Corps (NSCDC)]] in Niger State with [[about 40 angle irons|other;u=other;a=The
    Nigeria Security and Civil Defence Corps (NSCDC)]] taken from a pylon. Supply to Abuja fell
    to about {{250MW}} on Sunday night. Electricity distribution companies said [[thousands of
    customers|civilians;a=Electricity distribution companies]] in Abuja, Kaduna and Kano were
    affected. Mbah said it would cost about {{N2.5bn}} to rebuild the towers and that [[two
    repair gangs|other;a=Mbah]] had been mobilised to the site under military escort.""",
)

item(
    "NNPC says it found over 50 illegal connections on Trans Niger Pipeline",
    """NNPC Ltd said on Thursday it had discovered [[more than 50 illegal
    connections|other;u=other;a=NNPC Ltd]] on the Trans Niger Pipeline, which carries about
    {{450,000 barrels per day}} of crude to the Bonny export terminal. Operation Delta Safe,
    the military's anti-oil theft task force, said its troops had destroyed [[32 illegal
    refining sites|other;a=Operation Delta Safe]] and arrested [[47
    suspects|arrested;a=Operation Delta Safe]] in Rivers and Bayelsa states in {{two weeks}}.
    Troops also seized [[27 boats|other]] and [[more than 400 drums|other;u=other]] of stolen
    crude. A spokesman for the task force, Lieutenant Colonel Danjuma Musa, said [[two
    soldiers|injured;a=Lieutenant Colonel Danjuma Musa]] were wounded in a gunfight with oil
    thieves in Degema. Nigeria lost about {{$2.3 billion}} worth of crude to theft in the first
    half of {{2022}}, according to the upstream regulator.""",
)

item(
    "RSF drones hit Sudan power stations, plunging cities into darkness",
    """Drones launched by the Rapid Support Forces struck the Merowe dam's power station and
    [[two transformer stations|housing;u=structure;a=Sudan's state power company]] in northern
    Sudan on Monday, causing blackouts in Port Sudan, Omdurman and other cities, Sudan's state
    power company said. The Merowe plant has a capacity of {{1,250 megawatts}}. In Port Sudan,
    the army's wartime seat, drones hit the city's main fuel depot for a {{third}} day, and
    [[18 storage tanks|other;a=a port official]] were burning, a port official said. The Red
    Sea state governor said [[about 1,500 residents|displaced;a=The Red Sea state governor]]
    living near the depot had been evacuated. The United Nations warned the attacks could leave
    [[more than 4 million people|civilians;p;a=The United Nations]] without water because
    pumping stations had no power. The RSF has launched [[more than 100 drone
    attacks|other;u=other;a=the Sudan Doctors Network]] on power and fuel facilities since
    {{January}}, according to the Sudan Doctors Network, which said [[11 people|killed;a=the
    Sudan Doctors Network]] were killed in a strike on a power station in Atbara last week.""",
)

item(
    "In Khartoum, returnees find taps dry as water plants lie in ruins",
    """Of [[Khartoum's 13 water treatment plants|other;u=structure;a=the state water
    corporation]], [[eight|housing;n=-;u=structure;a=the state water corporation]] were damaged
    or looted during the fighting, according to the state water corporation. [[More than 1.5
    million people|returned;a=the International Organization for Migration]] have returned to
    Khartoum state since the army retook the capital in {{March}}, the International
    Organization for Migration says. Many now rely on donkey carts, paying up to {{5,000
    Sudanese pounds}} for a barrel of river water. Doctors Without Borders said it had treated
    [[more than 2,000 cholera patients|injured;a=Doctors Without Borders]] in Omdurman in {{two
    weeks}}. The ICRC said it had repaired [[four pumping stations|housing;u=structure;a=The
    ICRC]] and donated [[30 generators|aid;a=The ICRC]] to the corporation. The Soba plant
    produced {{300,000 cubic metres}} a day before the war.""",
)

item(
    "Jihadists target water supplies in besieged Burkina town",
    """Armed groups attacked [[32 water facilities|housing;a=UNICEF]] in Burkina Faso in the
    first {{five months}} of the year, depriving [[nearly 300,000 people|civilians;a=UNICEF]]
    of water, UNICEF said. In Djibo, a town of [[some 270,000 people|civilians]] under blockade
    since {{February}}, fighters destroyed [[11 boreholes|other;a=residents]] and the main
    water tower, residents said. Women now queue for {{up to 12 hours}} at the few working hand
    pumps. A convoy of [[200 trucks|aid;a=the government]] escorted by the army reached the
    town last week, the government said. [[A dozen soldiers|killed]] were killed in an ambush
    on the way in. The town's [[19 displacement sites|capacity]] have no running water.""",
)

item(
    "South Africa's Eskom escalates power cuts to stage 6",
    """South African state utility Eskom will implement {{stage 6}} load-shedding from {{4
    p.m.}} on Sunday until further notice, it said in a statement. {{Stage 6}} requires up to
    {{6,000 megawatts}} to be shed from the grid and can leave households without power for up
    to {{10 hours}} a day. Breakdowns at its coal-fired plants reached {{17,500 MW}} on
    Saturday, the utility said. Eskom, which generates about {{90%}} of the country's
    electricity, has received {{R254 billion}} in bailouts since {{2008}}. Load-shedding in
    {{2022}} lasted for {{more than 200 days}}, a record. Economists at the Reserve Bank
    estimate the cuts could shave {{two percentage points}} off growth this year.""",
)

item(
    "Tigray's phone and internet blackout enters second year",
    """[[About 6 million people|civilians;a=aid agencies]] in Ethiopia's Tigray region remain
    cut off from phone, internet and banking services, {{a year}} after the federal government
    shut them down, aid agencies say. State-owned Ethio Telecom said [[more than 600 mobile
    sites|other;a=State-owned Ethio Telecom]] in the region had been damaged or looted, and
    that [[14 of its staff|killed;n=staff;a=State-owned Ethio Telecom]] had been killed in the
    conflict. The UN says [[more than 5 million people|civilians;a=The UN]] in Tigray need food
    aid. The World Food Programme said [[only 1,338 trucks|aid;a=The World Food Programme]] had
    reached the region since {{July}}, against the [[100 a day|aid;n=-;u=other;p;a=The World
    Food Programme]] it says are needed. Families in Addis Ababa say they have not heard from
    relatives for {{months}}.""",
)

item(
    "Goma without water, power as rebels seize city",
    """Water and electricity have been cut across Goma since Monday, when {{M23}} rebels
    entered the eastern Congolese city of [[about 2 million people|civilians;a=residents and
    aid groups]], residents and aid groups said. Regideso, the state water utility, said
    [[three of its pumping stations|housing;u=structure;a=Regideso]] had been hit by shells and
    [[one of its technicians|killed;n=technicians;a=Regideso]] killed. Virunga Energies, which
    supplies [[some 20,000 customers|civilians]] in the city, said its main line from Rwanda
    had been cut. The UN said [[at least 700 people|killed;a=The UN]] had been killed in the
    fighting. Doctors Without Borders said it was trucking water to [[about 15,000
    people|aid;a=Doctors Without Borders]] in displacement sites on the city's western edge,
    and had set up [[40 emergency latrines|aid;a=Doctors Without Borders]]. The {{M23}} is
    backed by Rwanda, according to UN experts.""",
)

item(
    "Mali fuel blockade: JNIM burns tankers, Bamako queues grow",
    """Fighters from the al Qaeda-linked JNIM set fire to [[about 40 fuel tankers|other;a=a
    transport union official]] on the road from Senegal on Sunday, a transport union official
    said. [[Two drivers|killed;a=the official]] were killed and [[five|kidnapped;n=-;a=the
    official]] abducted, the official added. JNIM declared a blockade on fuel imports in
    {{early September}}. Queues at Bamako petrol stations now stretch for {{several
    kilometres}}, and the government closed schools for {{two weeks}}. The army said it had
    escorted a convoy of [[300 tankers|other;a=The army]] into the capital on Thursday. The
    drivers' union says [[more than 100 tanker drivers|other;a=The drivers' union]] now refuse
    to take the route and that [[as many as 15 drivers|kidnapped;a=The drivers' union]] are
    still held by the group. Mali imports about {{95%}} of its fuel through Senegal and Ivory
    Coast.""",
)

item(
    "Abuja-Kaduna train attack: NRC suspends services after bandits kill eight",
    """Gunmen blew up a section of the Abuja-Kaduna railway track on Monday night and opened
    fire on a train carrying [[362 passengers|other;a=the Nigerian Railway Corporation (NRC)]],
    killing [[at least eight people|killed;a=the Nigerian Railway Corporation (NRC)]], the
    Nigerian Railway Corporation (NRC) said. The corporation said [[26 passengers|injured;a=The
    corporation;alt=the Nigerian Railway Corporation (NRC)]] were receiving treatment in
    Kaduna. The Kaduna State government said [[168 passengers|missing;a=The Kaduna State
    government]] had not been accounted for. The attackers later released a video showing [[62
    hostages|kidnapped]]. The route carried about [[2,000 passengers a day|other;a=the NRC]]
    before the attack, according to the NRC, which suspended services indefinitely. The line,
    built by a Chinese contractor for {{$876 million}}, opened in {{2016}}.""",
)

item(
    "Al-Shabaab destroys telecom masts in central Somalia",
    """Al-Shabaab fighters destroyed [[four telecommunications masts|other;u=other;a=local
    officials]] in Somalia's Hiraan region overnight, cutting mobile and internet services to
    [[tens of thousands of people|civilians;a=local officials]], local officials said. The
    group ordered telecom companies in {{2023}} to shut down their networks in areas where the
    army was advancing. Hormuud Telecom said [[three of its
    engineers|kidnapped;n=engineers;a=Hormuud Telecom]] had been abducted near Beledweyne. The
    army said it had killed [[15 militants|killed;a=The army]] in an operation near the town of
    Bulobarde and lost [[two soldiers|killed;a=The army]]. The government said [[more than 60
    masts|other;u=other;a=The government]] had been destroyed in central Somalia since
    {{2022}}.""",
)

item(
    "Eskom says sabotage and cable theft behind plant breakdowns",
    """South African police have arrested [[four Eskom employees|arrested;a=police]] suspected
    of sabotaging equipment at the Tutuka power station, police said on Wednesday. Eskom said
    it had recorded [[more than 30 incidents|other;u=other;a=Eskom]] of sabotage at its plants
    since {{January}}. The army deployed [[880 soldiers|combatants]] in {{December}} to guard
    [[four power stations|other;u=structure]] deemed at risk. Cable theft and vandalism cost
    the utility about {{R2 billion}} a year, and police said [[45 suspects|arrested;a=police]]
    had been arrested for cable theft in Mpumalanga since {{January}}. Tutuka is rated at
    {{3,654MW}} but often runs at less than {{a third}} of that.""",
)
