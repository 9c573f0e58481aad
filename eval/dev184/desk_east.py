"""Ukraine, Russia, Lebanon, Syria, Gaza and Israel, Yemen: the business, labour and economy
desks (texts with figures, and two with numbers but no figure)."""

from _wrap import item

item(
    "Relocated factories restart in Ukraine's west as programme winds down",
    """Ukraine's state relocation programme has moved [[more than 800
    enterprises|displaced;u=other;a=the Economy Ministry]] out of front-line regions since
    {{March 2022}}, the Economy Ministry said on {{August 14}}. Of those, [[about
    620|displaced;u=other;a=the ministry;alt=the Economy Ministry]] have resumed production,
    the ministry said, most of them in Lviv, Zakarpattia and Chernivtsi. The companies brought
    [[roughly 11,000 employees|displaced]] west with them. Maksym Hrytsenko, whose cable plant
    left Kharkiv in the first weeks of the invasion, said [[140 workers|displaced;a=Maksym
    Hrytsenko]] followed him to Lviv. The plant now employs [[210 people|other;a=Maksym
    Hrytsenko]], he said, and pays an average monthly wage of {{19,000 hryvnias}}. Regional
    authorities have set aside [[46 plots|other;u=other]] of land for relocated firms and paid
    out {{1.2 billion hryvnias}} in grants since {{2022}}.""",
)

item(
    "Ukrainian industry rations power as blackouts stretch to 16 hours",
    """KYIV, {{June 12}} (Reuters) - Russian missile and drone attacks have knocked out about {{9
    gigawatts}} of Ukraine's generating capacity since {{March}}, forcing factories to ration
    power during outages of up to {{16 hours}} a day. Ukrenergo, the state grid operator, said
    strikes had damaged [[seven thermal plants|housing;u=structure;a=Ukrenergo]] and [[two
    hydroelectric stations|housing;u=structure;a=Ukrenergo]] since spring. Steelmaker Metinvest
    said it had bought [[more than 100 generators|other;a=Steelmaker Metinvest]] and moved
    [[about 2,500 workers|other;a=Steelmaker Metinvest]] at its Kryvyi Rih plants to night
    shifts, when the grid is less strained. In a survey of [[412 member
    companies|other;u=other]] by the European Business Association, {{58%}} said they had cut
    output because of the outages. Imports of electricity from the EU reached a record {{1,700
    megawatts}} on {{June 10}}, the operator added.""",
)

item(
    "Strike on Dnipro plant kills workers on morning shift",
    """A Russian missile hit an industrial plant in Dnipro on Wednesday morning, killing [[five
    workers|killed;a=regional governor Serhiy Lysak]] and injuring [[17
    others|injured;a=regional governor Serhiy Lysak]], regional governor Serhiy Lysak said. The
    company, which makes parts for agricultural machinery, said [[about 300
    employees|other;a=The company]] were on the morning shift when the missile struck at {{8:40
    a.m}}. Rescuers pulled [[two people|other]] alive from the rubble. The strike destroyed
    [[two workshops|housing;u=structure]] and a warehouse and damaged [[14 nearby
    homes|housing]], the city administration said. Lysak said [[three of the
    injured|injured;n=-;a=Lysak]] were in serious condition. The plant had resumed work only in
    {{April}} after an attack in {{2023}}.""",
)

item(
    "Odesa grain terminals count losses after drone barrage",
    """ODESA, Ukraine (AP) - Russian drones struck port infrastructure in the Odesa region
    overnight, destroying [[about 40,000 tonnes|other;a=Deputy Prime Minister Oleksiy Kuleba]]
    of grain bound for Egypt and China, Deputy Prime Minister Oleksiy Kuleba said. [[Two dock
    workers|killed]] were killed and [[nine|injured]] were hurt. The attack damaged [[three
    grain silos|housing;u=structure]] and set [[a dozen trucks|other]] on fire at the Izmail
    terminal. Since the Black Sea grain deal collapsed in {{July 2023}}, Russian strikes have
    damaged [[more than 300 port facilities|housing;a=Ukraine's Ministry of Infrastructure]]
    and [[22 civilian ships|other;a=Ukraine's Ministry of Infrastructure]], according to
    Ukraine's Ministry of Infrastructure. Still, [[about 5,000 vessels|other;u=other]] have
    sailed through Ukraine's own corridor, carrying [[over 140 million tonnes|other]] of cargo.""",
)

item(
    "Russia's car plants move to four-day week as sales slump",
    """MOSCOW, {{Oct 3}} (Reuters) - AvtoVAZ, Russia's largest carmaker, will put [[around 40,000
    employees|other;p;a=AvtoVAZ]] on a four-day week from {{October 8}} as unsold stock piles
    up, the company said on Thursday. Dealers are holding [[about 480,000 unsold
    cars|other;a=the Avtostat agency]], according to the Avtostat agency, after the central
    bank raised its key rate to {{21%}}. GAZ said it would halt [[two of its assembly
    lines|other;u=other;p;a=GAZ]] for {{three weeks}}. The Kamaz truck plant has already cut
    [[1,200 jobs|other;a=a union official]] this year, a union official said, and [[about 600
    workers|other;p;a=a union official]] could be sent on unpaid leave, he added. Average
    monthly wages in the sector rose {{15%}} in {{2024}} as the army and defence factories
    competed for labour.""",
)

item(
    "Lebanon's restaurants shut as pound sinks past 20,000",
    """BEIRUT - [[More than 4,000 restaurants, cafes and bars|other;u=structure;n=restaurants,
    cafes and bars;a=Tony Ramy]] have closed across Lebanon since the crisis began in late
    {{2019}}, the head of the restaurant owners' syndicate, Tony Ramy, told L'Orient Today. The
    closures cost [[about 100,000 jobs|other;a=Tony Ramy]] in the sector, he said. The Lebanese
    pound traded at around {{20,500 pounds}} to the dollar on the parallel market on Tuesday,
    against an official peg of {{1,507.5}}. A waiter in Gemmayzeh who asked not to be named
    said he now earns {{1.8 million pounds}} a month, worth less than {{$90}}. Of the [[34
    staff|other]] his restaurant employed before the Beirut port blast, [[nine|other;n=-]]
    remain. The supermarket chain Spinneys said it had cut its opening hours at [[14
    branches|other;u=structure;a=The supermarket chain Spinneys]] to save on generator fuel.""",
)

item(
    "South Lebanon farmers abandon tobacco and olive harvests under fire",
    """Israeli strikes along Lebanon's southern border have kept farmers from {{47,000 dunams}} of
    farmland, the Agriculture Ministry said, and burned [[more than 60,000 olive
    trees|other;u=other;a=the Agriculture Ministry]], some of them centuries old. Minister
    Abbas Hajj Hassan told reporters that [[around 12,000 farming families|civilians;a=Minister
    Abbas Hajj Hassan]] in the south had lost their main income. The Regie, the state tobacco
    monopoly, said it had bought only [[4,100 tonnes|other;a=The Regie]] of leaf this season,
    against [[7,000 tonnes|other;a=The Regie]] a year earlier. In Marjayoun, a cooperative said
    [[340 beehives|other;u=other;a=a cooperative]] and [[about 900 head of cattle|killed;a=a
    cooperative]] had been killed since {{October 2023}}. Shepherds in Kfarchouba have moved
    [[roughly 2,000 goats|displaced]] north, away from the border.""",
)

item(
    "Fuel queues snake through Beirut as stations run dry",
    """Motorists waited for up to {{five hours}} outside petrol stations in Beirut and Tripoli on
    Saturday, with queues of [[hundreds of cars|other]] blocking main roads. The Gas Station
    Owners Syndicate said [[about 1,500|other;u=structure;a=The Gas Station Owners Syndicate]]
    of the country's [[3,100 stations|other;u=structure]] had closed because they had no fuel
    to sell. [[Two tankers|other;u=other;a=the Energy Ministry]] carrying [[80,000
    tonnes|other;a=the Energy Ministry]] of gasoline were waiting off the coast for the central
    bank to open credit lines, the Energy Ministry said. In Akkar, a dispute in a queue turned
    violent and [[three people|injured]] were hurt by gunfire. Private generator owners, who
    supply most homes during blackouts of {{20 hours}} or more, raised their rates to {{2.4
    million pounds}} per {{5 amperes}} a month. Bakeries warned that [[about 600 of
    them|other;u=structure;n=-;p;a=Bakeries]] could close within days without diesel.""",
)

item(
    "Aleppo's industrialists return to a city without power",
    """ALEPPO, Syria (AFP) - In the Sheikh Najjar industrial zone, once home to [[more than 1,200
    factories|other;u=structure;a=the Aleppo Chamber of Industry]], only [[about
    400|other;u=structure;a=the Aleppo Chamber of Industry]] are working today, according to
    the Aleppo Chamber of Industry. Textile maker Abdulrahman Halabi reopened his weaving mill
    in {{January}} with [[35 looms|other;u=other]] out of the [[120|other;u=other;n=-]] he ran
    before {{2012}}. "Before the war I had [[450|other;a=Abdulrahman Halabi]]; now I have [[60
    workers|other;a=Abdulrahman Halabi]]," he said. State power reaches the zone for {{two
    hours}} a day, and Halabi pays {{$1,300}} a month for diesel. Since the fall of the Assad
    government in {{December 2024}}, [[about 70 factory owners|returned;a=the chamber;alt=the
    Aleppo Chamber of Industry]] have come back from Turkey and Egypt, the chamber said, and
    [[some 150 more|returned;n=-;p;a=the chamber;alt=the Aleppo Chamber of Industry]] have
    asked about returning.""",
)

item(
    "Damascus drivers queue overnight as fuel rations cut",
    """DAMASCUS (Reuters) - Lines of [[several hundred cars|other]] stretched for kilometres
    outside Damascus petrol stations on Monday after the government cut the subsidised petrol
    ration to {{20 litres}} every {{seven days}}. The oil ministry said [[about 2.3 million
    vehicles|other;v=2300000;a=The oil ministry]] were registered for the smart-card rationing
    system. No tanker has reached the Baniyas refinery in {{two months}}, as US sanctions deter
    shippers, officials said. Microbus drivers in the capital said fewer than half of the
    routes were running, and [[about 1,000 public-sector employees|other;a=the state news
    agency SANA]] were told to work from home to save fuel, the state news agency SANA
    reported. A litre of petrol sold on the black market for {{5,000 Syrian pounds}}, against
    the official {{1,100 pounds}}.""",
)

item(
    "Gaza's private sector all but wiped out, survey finds",
    """RAMALLAH, {{May 2}} (Reuters) - The war has damaged or destroyed [[about 4,600 industrial
    establishments|housing;u=structure;a=the Palestinian Central Bureau of Statistics]] in
    Gaza, the Palestinian Central Bureau of Statistics said on Thursday, along with [[more than
    20,000 shops|housing;a=the Palestinian Central Bureau of Statistics]] and workshops.
    Unemployment in the enclave has risen above {{79%}}. In the occupied West Bank, [[around
    150,000 Palestinians|other;a=the International Labour Organization]] who worked in Israel
    or its settlements lost their permits after {{October 7}}, according to the International
    Labour Organization. Ahmed Abu Ramadan, who ran a biscuit factory in Gaza City with [[85
    employees|other;a=Ahmed Abu Ramadan]], said by phone from Deir al-Balah that both of his
    production halls had been flattened. He now sells tea from a cart to [[dozens of customers
    a day|other]]. [[Some 1.9 million people|displaced;v=1900000;a=the United Nations]], most
    of the population, have been displaced, the United Nations says.""",
)

item(
    "Israel's builders and farmers short of hands as Palestinian permits stay frozen",
    """Israel's construction sites are operating with [[about 80,000 fewer workers|other]] than
    before the war, the Israel Builders Association said, after permits for Palestinians from
    the West Bank were suspended. The government has approved the entry of [[up to 65,000
    foreign workers|other;p]] from India, Sri Lanka and Uzbekistan, and [[some 16,000 Indian
    workers|other;a=the Population and Immigration Authority]] have arrived so far, the
    Population and Immigration Authority said. In the Gaza border communities, [[roughly 10,000
    Thai farmhands|other]] left the country in the weeks after {{October 7}}, when [[39 Thai
    workers|killed;a=Bangkok]] were killed and [[more than 30|kidnapped;a=Bangkok]] were taken
    hostage, Bangkok says. Vegetable prices rose {{12%}} in {{November 2023}} alone. Volunteers
    picked crops on [[more than 400 farms|other;u=structure;a=the Agriculture Ministry]] in the
    first {{three months}} of the war, the Agriculture Ministry estimated.""",
)

item(
    "Yemen's unpaid civil servants sell gold and furniture to eat",
    """SANAA - [[About 1.2 million public employees|other;v=1200000;a=the World Bank]] in Yemen
    have received only partial salaries, or none at all, since the central bank was split in
    {{2016}}, the World Bank said. In Houthi-held Sanaa, teacher Ali al-Sabri said
    [[23|other;a=teacher Ali al-Sabri]] of the [[41 teachers|other;a=teacher Ali al-Sabri]] at
    his school had left for other work, driving motorbike taxis or labouring in Saudi Arabia.
    Gold traders in the old city said they were buying jewellery from [[about 50 families a
    day|other;a=Gold traders in the old city]], up from a handful before the war. The rial
    trades at about {{530}} to the dollar in Sanaa and above {{1,600}} in Aden. The UN says
    [[17 million people|civilians;a=The UN]] need food aid. The World Food Programme has cut
    rations to [[8 million people|aid]] this year for lack of money.""",
)

item(
    "Hodeidah port traffic slumps after strikes on cranes",
    """Airstrikes on Hodeidah port destroyed [[four|other;u=other;a=the Houthi-run port
    corporation]] of its [[five cranes|other;u=other;a=the Houthi-run port corporation]], the
    Houthi-run port corporation said, cutting the number of ships it can unload at once. Only
    [[six vessels|other;u=other;a=the UN Verification and Inspection Mechanism]] docked in
    {{May}}, against [[22|other;u=other;a=the UN Verification and Inspection Mechanism]] in
    {{January}}, according to the UN Verification and Inspection Mechanism. Fuel imports
    through Hodeidah fell to [[94,000 tonnes|other]], the lowest since {{2018}}. [[About 1,300
    dock workers|other;a=a union leader]] have been sent home without pay, a union leader said.
    Traders in Sanaa said the price of a {{20-litre}} can of petrol had doubled to {{24,000
    rials}}, and that [[dozens of fuel stations|other;u=structure]] had shut.""",
)

item(
    "Red Sea attacks reroute hundreds of ships around the Cape",
    """LONDON, {{January 19}} (Reuters) - [[More than 2,000 ships|other;a=data from Lloyd's List
    Intelligence]] have diverted around southern Africa since mid-November to avoid Houthi
    attacks in the Red Sea, data from Lloyd's List Intelligence showed, adding up to {{14
    days}} to voyages between Asia and Europe. Transits through the Suez Canal fell to [[about
    36 vessels a day|other;u=other]] in the first half of January, from [[72|other;u=other]] a
    year earlier. Maersk said it had paused sailings for [[all 18 of its container
    ships|other;a=Maersk]] that had been due to use the route. The [[25 crew
    members|kidnapped;a=the Philippine government]] of the car carrier Galaxy Leader, seized in
    {{November}}, remain held in Yemen, [[17 of them|kidnapped;n=-;a=the Philippine
    government]] Filipino, the Philippine government said. Freight rates from Shanghai to
    Rotterdam have more than tripled to about {{$4,400}} per {{40-foot}} container. Egypt says
    canal revenue fell {{46%}} in {{January}} alone.""",
)

item(
    "McDonald's sells Russian business, leaving 62,000 staff with new owner",
    """McDonald's said on Monday it would sell its [[850
    restaurants|other;u=structure;a=McDonald's]] in Russia to Alexander Govor, a licensee who
    already runs [[25 of them|other;n=-;u=structure]] in Siberia, ending more than {{30 years}}
    in the country. The buyer has agreed to keep on [[all 62,000 employees|other;p]] for at
    least {{two years}} on equivalent terms. The chain will also leave behind [[about 100 local
    suppliers|other;u=other]]. McDonald's expects to book a charge of {{$1.2 billion to $1.4
    billion}} on the exit. Since {{February 24}}, [[more than 1,000 Western
    companies|other;u=other;a=a Yale University tally]] have curtailed operations in Russia,
    according to a Yale University tally. Renault handed its majority stake in AvtoVAZ and its
    Moscow plant, with [[about 45,000 workers|other]], to the state for a nominal {{one
    rouble}}.""",
)

item(
    "Russia's factories hunt for workers as migrants leave and men go to the front",
    """Russian manufacturers are short of [[about 600,000 workers|other;a=the Gaidar Institute]],
    the Gaidar Institute estimated in its latest survey, as mobilisation, emigration and a
    tighter regime for migrants drain the labour pool. Unemployment fell to a record low of
    {{2.3%}} in {{August}}. The number of work permits issued to migrants from Central Asia
    dropped to [[about 1.1 million|other;v=1100000;a=the Interior Ministry]] in the first half
    of {{2024}}, the Interior Ministry said, after police detained [[more than 9,000
    migrants|arrested]] in raids following the Crocus City Hall attack. Tajikistan says [[about
    30,000 of its citizens|returned;a=Tajikistan]] were deported from Russia last year. At the
    Uralvagonzavod tank plant, managers have brought in [[some 1,500 inmates|other;a=a regional
    news site]] from nearby penal colonies to work on the lines, a regional news site reported.
    Wages in Sverdlovsk's defence factories rose by a third.""",
)

item(
    "Ukrainian women keep Poland's factories running as men stay home",
    """WARSAW - [[About 950,000 Ukrainians|other;a=the Polish Social Insurance Institution]] were
    paying into the Polish Social Insurance Institution at the end of {{June}}, the institution
    said, two-thirds of them women. Many came as refugees after {{February 2022}} and stayed
    on: Poland still hosts [[about 990,000 Ukrainian refugees|displaced;a=the UN refugee
    agency]] under temporary protection, according to the UN refugee agency. At a meat-packing
    plant near Lodz, [[180|other;a=the plant manager]] of the [[420 workers|other;a=the plant
    manager]] are Ukrainian, the plant manager said. Kyiv wants them back: Ukraine's Economy
    Ministry estimates the country is short of [[4.5 million
    workers|other;v=4500000;a=Ukraine's Economy Ministry]] for reconstruction, and a survey by
    the Centre for Economic Strategy found only {{40%}} of refugees planned to return.""",
)

item(
    "Ukraine's central bank holds key rate at 13% as inflation edges up",
    """KYIV - The National Bank of Ukraine kept its key policy rate at {{13%}} on Thursday, saying
    inflation had risen to {{7.5%}} in {{August}} on the back of higher food prices and power
    outages. The bank expects inflation to peak at about {{9%}} in {{December}} before easing
    in {{2025}}. The hryvnia has weakened by about {{8%}} against the dollar this year to
    {{41.2}}, and the bank sold {{$3.1 billion}} from its reserves in {{July}} alone to steady
    it. Governor Andriy Pyshnyi said the next decision, due on {{October 24}}, could bring a
    hike.""",
)

item(
    "Lebanon and IMF still far apart three years after staff-level deal",
    """BEIRUT (L'Orient Today) - An International Monetary Fund team ended a {{10-day}} visit to
    Beirut on Friday without progress on a {{$3 billion}} programme first agreed at staff level
    in {{April 2022}}. The Fund wants Lebanon to restructure banks that lost an estimated {{$72
    billion}}, a gap equal to about {{four times}} the country's economic output. Depositors
    can still withdraw only up to {{$400}} a month in cash under Circular {{158}}. Eurobonds
    trade at about {{6 cents}} on the dollar, and the budget for {{2025}} assumes growth of
    {{5%}}.""",
)
