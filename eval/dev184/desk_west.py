"""Haiti, Venezuela, Argentina, and more from Sudan, Ethiopia, Myanmar and Pakistan: the
business, labour and economy desks (texts with figures, and two with numbers but no figure)."""

from _wrap import item

item(
    "Gangs cut Port-au-Prince off from its fuel terminal",
    """PORT-AU-PRINCE (Haitian Times) - Gangs blocking the Varreux fuel terminal have left [[about
    70 tanker trucks|other;a=the terminal's operator]] stranded inside, the terminal's operator
    said, and [[more than 600|other;u=structure]] of the capital's [[800 service
    stations|other;u=structure]] are dry. Hospitals warned that [[dozens of
    patients|civilians]] on oxygen were at risk as generators ran down. Digicel said [[about
    300 cell towers|other;u=other;a=Digicel]] were off the air for lack of diesel, cutting
    service to [[some 1.3 million subscribers|civilians;v=1300000; a=Digicel]]. Moto-taxi
    drivers paid up to {{3,000 gourdes}} a gallon on the black market. The industrial park at
    Sonapi closed, sending home [[about 12,000 garment workers|other; a=park managers]], park
    managers said. Kidnappers seized [[two drivers|kidnapped]] from a tanker near Cite Soleil
    on Wednesday.""",
)

item(
    "Haiti's factory workers strike for a living wage",
    """PORT-AU-PRINCE (AP) - [[Thousands of garment workers|other]] marched from the Sonapi
    industrial park to the Labour Ministry on Thursday demanding a daily minimum wage of
    {{1,500 gourdes}}, up from {{500 gourdes}}. Police fired tear gas and arrested [[11
    protesters|arrested;a=the Batay Ouvriye union]], the Batay Ouvriye union said, and [[at
    least three workers|injured;a=the Batay Ouvriye union]] were hurt. The Association of
    Haitian Industries says the sector employs [[about 57,000 people|other;a=The Association of
    Haitian Industries]] in [[some 40 factories|other;u=structure;a=The Association of Haitian
    Industries]], most of them sewing T-shirts for US brands. [[Two
    factories|other;u=structure]] in Caracol halted production for {{three days}}. "I spend
    half my wage on the bus," said Marie-Ange Joseph, who feeds [[five
    children|civilians;a=Marie-Ange Joseph]] on what she earns.""",
)

item(
    "Haiti's farmers abandon Artibonite rice fields as gangs advance",
    """SAINT-MARC, Haiti - [[More than 20,000 farmers|displaced;a=the Agriculture Ministry]] have
    fled the rice-growing Artibonite valley since gangs began attacking villages there, the
    Agriculture Ministry said, and rice output has fallen by half. Gran Grif gang members
    killed [[at least 115 people|killed;a=the UN human rights office]] in Pont-Sonde in one
    morning, the UN human rights office said, and burned [[45 houses|housing;a=the UN human
    rights office]] and [[34 vehicles|other;a=the UN human rights office]]. Irrigation canals
    serving [[about 30,000 plots|other;u=other]] have silted up. In Saint-Marc, [[some 6,000
    displaced people|displaced]] sleep in schools and churches. A {{25-kg}} sack of imported
    rice now sells for {{4,750 gourdes}}. The World Food Programme says [[5.4 million
    Haitians|civilians;v=5400000;a=The World Food Programme]] face acute hunger.""",
)

item(
    "Haitian migrants send home less as US deportations mount",
    """MIAMI (Haitian Times) - Remittances to Haiti, worth about {{$4 billion}} a year, fell for
    the first time in a decade as deportations from the United States and the Dominican
    Republic picked up. The Dominican Republic deported [[more than 276,000
    Haitians|returned;a=the IOM]] in {{2024}}, according to the IOM, and [[about 1,000
    more|returned;n=-;a=the IOM]] are sent back each day. [[About 200,000|displaced]] had been
    living in the United States under a parole programme that officials said would end in
    {{April}}. Money-transfer agent CAM said the number of transfers it paid out fell to
    [[about 180,000|other;u=other;a=Money-transfer agent CAM]] in {{March}}, from
    [[240,000|other;u=other;a=Money-transfer agent CAM]] a year earlier. In Ouanaminthe,
    [[dozens of traders|civilians]] who sell at the border market said they had lost their
    Dominican customers.""",
)

item(
    "Venezuela's oil workers quit for the border as wages collapse",
    """CARACAS (Reuters) - [[About 30,000 employees|other;a=union leaders]] have left state oil
    company PDVSA since the start of the year, union leaders said, many of them crossing into
    Colombia on foot. A senior engineer now earns the equivalent of {{$8}} a month, after
    annual inflation passed {{1,000,000%}}. At the Cardon refinery, [[about 300
    operators|other; a=a union official]] still report for work, out of [[1,100|other;a=a union
    official]] on the payroll, a union official said. Production has fallen to {{1.2 million
    barrels}} a day. Colombia's migration agency says [[more than 35,000
    Venezuelans|displaced;a=Colombia's migration agency]] cross the bridges at Cucuta each day,
    and [[about 1 million|displaced;a=Colombia's migration agency]] have settled in Colombia.
    Security forces arrested [[12 PDVSA managers|arrested;a=Attorney General Tarek William
    Saab]] accused of selling fuel on the black market, Attorney General Tarek William Saab
    said, and [[two tankers|other]] were seized off Falcon state.""",
)

item(
    "Blackout halts Venezuela's factories for a fourth day",
    """CARACAS - A nationwide blackout that began on Thursday has shut nearly all of the [[2,000
    factories|other;u=structure;a=the industry chamber Conindustria]] still operating in the
    country, the industry chamber Conindustria said on Sunday. Hospitals reported [[at least 21
    deaths|killed;a=the doctors' group Medicos por la Salud]] of patients who depended on
    power, the doctors' group Medicos por la Salud said. In Maracaibo, looters ransacked [[more
    than 500 shops|housing;a=the Zulia chamber of commerce]] over two nights, the Zulia chamber
    of commerce said, and [[two people|killed]] were shot dead. Police detained [[about 150
    people|arrested;a=the state governor]], the state governor said. The Guri dam normally
    supplies about {{10,000 megawatts}}. Supermarket chain Central Madeirense said [[14 of its
    stores|housing;u=structure;a=Supermarket chain Central Madeirense]] had been looted and
    [[about 1,200 workers|other;a=Supermarket chain Central Madeirense]] sent home.""",
)

item(
    "Venezuelans queue for days at Caracas petrol pumps",
    """CARACAS - Drivers in Caracas are sleeping in their cars as queues at the city's petrol
    stations stretch for days, despite the arrival of [[five Iranian tankers|other]] carrying
    {{1.5 million barrels}} of fuel. Of the [[roughly 1,800 stations|other;u=structure]] in the
    country, [[200|other;u=structure;a=the government]] have been authorised to sell petrol at
    the new price of {{50 cents}} a litre, the government said. Taxi driver Jose Gregorio
    Pernia said he had waited {{36 hours}} and saw [[two fights|other;u=other]] break out. In
    Tachira, the National Guard arrested [[18 people|arrested;a=rights group Provea]] for
    protesting over the shortage, rights group Provea said. Farmers' federation Fedeagro said
    [[about 40,000 tonnes|other;a=Farmers' federation Fedeagro]] of vegetables had rotted
    because trucks could not get diesel. Oil output fell to {{340,000 barrels}} a day in
    {{June}}.""",
)

item(
    "Argentina's factories lay off workers as Milei's cuts bite",
    """BUENOS AIRES (Bloomberg) - Argentina lost [[about 180,000 formal private-sector jobs|other;
    a=the Labour Secretariat]] in the first {{eight months}} of President Javier Milei's
    government, according to the Labour Secretariat, as demand collapsed after a devaluation of
    more than {{50%}}. Steelmaker Acindar suspended [[about 2,000 workers|other;a=the UOM
    metalworkers' union]] at its Villa Constitucion plant for a month, the UOM metalworkers'
    union said. Textile group Textilcom closed [[two|other;u=structure]] of its [[three
    mills|other;u=structure]], cutting [[320 jobs|other]]. The CGT labour confederation held
    its second general strike in {{five months}}, grounding [[about 300 flights|other;a=the
    airline Aerolineas Argentinas]] and affecting [[some 20,000 passengers|civilians;a=the
    airline Aerolineas Argentinas]], the airline Aerolineas Argentinas said. Monthly inflation
    slowed to {{4.2%}} in {{August}}, from {{25.5%}} in {{December}}.""",
)

item(
    "Argentine dairy farms close as milk prices lag inflation",
    """BUENOS AIRES - [[About 400 dairy farms|other;u=structure;a=the Argentine Dairy Chain
    Observatory]] closed in Argentina last year, the Argentine Dairy Chain Observatory said,
    leaving [[about 10,000 farms|other;u=structure]] in the country, half as many as in
    {{2000}}. Farmer Raul Gimenez, who sold his [[180 cows|other;u=other]] in Santa Fe province
    in {{March}}, said the price he received covered only {{70%}} of his costs. Processor
    SanCor, once the country's largest, now employs [[about 1,200 people|other]] and has shut
    [[seven of its plants|other;u=structure]]. Milk output fell {{3.5%}} to {{11.3 billion
    litres}}. In Cordoba, [[350 farmers|other;a=organisers]] drove their tractors into the
    provincial capital on Friday, organisers said, blocking [[two main avenues|other;u=other]]
    for {{several hours}}.""",
)

item(
    "Soup kitchens stretched as Argentina's poverty climbs",
    """BUENOS AIRES (AFP) - At the Virgen de Caacupe parish in {{Villa 21}}, volunteers now serve
    [[about 1,500 meals a day|aid;a=parish coordinator Lorena Pastoriza]], three times as many
    as last year, parish coordinator Lorena Pastoriza said. Poverty rose to {{52.9%}} of the
    population in the first half of {{2024}}, the INDEC statistics institute said, or [[about
    24.9 million people|civilians;v=24900000;a=the INDEC statistics institute]]. The government
    says it has audited [[more than 44,000 community kitchens|other;u=structure; a=The
    government]] and found that about half did not exist. Social organisations dispute that,
    and [[thousands of people|other;a=police]] marched on the Human Capital Ministry on
    Wednesday, police said. Prosecutors charged [[six leaders|arrested]] of the Polo Obrero
    movement with extortion.""",
)

item(
    "Rosario oilseed strike leaves ships idling on the Parana",
    """ROSARIO, Argentina (Reuters) - [[About 70 ships|other;a=shipping agency NABSA]] were waiting
    to load grain and soy meal on the Parana River on Wednesday as a strike by oilseed workers
    entered its second week, shipping agency NABSA said. The SOEA union, which represents
    [[about 12,000 crushing-plant workers|other;a=The SOEA union]], walked out after talks on
    wages broke down. Crushing plants in the Rosario hub, which process [[about 100,000 tonnes
    a day|other]], stood idle. The grain exporters' chamber CIARA-CEC said [[more than 8,000
    trucks|other;a=The grain exporters' chamber CIARA-CEC]] had been turned away from the
    terminals. Police said [[five picketers|arrested;a=Police]] were detained and [[two
    officers|injured;a=Police]] hurt in a scuffle outside the Cargill plant at Villa Gobernador
    Galvez. Argentina is the world's top exporter of soy meal and oil.""",
)

item(
    "Venezuelans in Chile and Peru keep families afloat with remittances",
    """LIMA - Remittances to Venezuela reached about {{$4.2 billion}} last year, the consultancy
    Ecoanalitica estimated, as [[more than 7.7 million Venezuelans|displaced;v=7700000;a=the UN
    refugee agency]] now live abroad, according to the UN refugee agency. In Lima alone,
    [[about 1.5 million|displaced;v=1500000]] have settled. Delivery rider Andres Colmenares
    said he sends {{$100}} a month to Barquisimeto, where it feeds his mother and [[three
    siblings|civilians;a=Delivery rider Andres Colmenares]]. A survey of [[1,200 Venezuelan
    households|other;a=the Andres Bello Catholic University]] by the Andres Bello Catholic
    University found that {{one in three}} relies on money from relatives abroad. Chile
    expelled [[about 500 Venezuelans|returned;a=the Chilean Interior Ministry]] on flights to
    Caracas this year, the Chilean Interior Ministry said, and [[thousands
    more|returned;n=-;p]] face deportation orders.""",
)

item(
    "Looters empty containers at Port-au-Prince docks",
    """PORT-AU-PRINCE - Armed men looted [[dozens of containers|other]] at the Autorite Portuaire
    Nationale terminal on Wednesday night, forcing the port to halt operations, the port
    authority said. The operator said [[about 150 of its containers|other;a=The operator]] had
    been broken open and [[three cranes|other;u=other;a=The operator]] damaged. [[At least 17
    ships|other]] carrying food and fuel have since diverted to Cap-Haitien and the Dominican
    Republic. Importers said [[about 2,000 tonnes|other;a=Importers]] of rice and flour had
    been stolen. The port employed [[about 1,100 dockworkers|other]], who have not been paid
    since {{February}}. Gangs now control {{80%}} of the capital, and the UN says [[more than
    360,000 people|displaced;a=the UN]] have fled their homes across Haiti.""",
)

item(
    "Yangon factories run on generators as blackouts stretch to 12 hours",
    """YANGON (Myanmar Now) - Factories in Yangon's industrial zones are running on diesel for most
    of the day as power cuts stretch to {{12 hours}}, with the grid producing about {{2,000
    megawatts}} against demand of {{4,400}}. The Myanmar Garment Manufacturers Association said
    [[at least 60 member factories|other;u=structure;a=The Myanmar Garment Manufacturers
    Association]] had closed since {{January}} and [[about 25,000 workers|other; a=The Myanmar
    Garment Manufacturers Association]] had lost their jobs. In Mandalay, the electricity
    department said [[about 300,000 households|civilians;a=the electricity department]] receive
    power for only {{four hours}} a day. A fire caused by a faulty generator killed [[six
    workers|killed;a=the fire department]] at a shoe factory in Shwe Pyi Thar on Monday, the
    fire department said, and [[nine|injured;a=the fire department]] were taken to hospital.
    Diesel costs {{2,900 kyat}} a litre.""",
)

item(
    "Tigray's banks reopen to queues of depositors",
    """MEKELLE (Addis Standard) - Commercial Bank of Ethiopia reopened [[38
    branches|other;u=structure;a=the bank]] in Tigray on Monday, the bank said, after more than
    {{18 months}} of closure during the war. Customers queued from dawn outside the main branch
    in Mekelle, where [[about 4,000 people|other;a=staff]] were served on the first day, staff
    said. Withdrawals are capped at {{10,000 birr}} a day. The regional interim administration
    says [[about 1,300 businesses|housing;u=other;a=The regional interim administration]] were
    looted or destroyed in Mekelle and Adigrat, and [[more than 40,000 civil
    servants|other;a=The regional interim administration]] went unpaid for nearly {{two
    years}}. Ethiopian Airlines resumed [[two daily flights|other]] to the city. [[About 1
    million people|displaced;a=aid agencies]] remain in displacement sites in the region, aid
    agencies say.""",
)

item(
    "El Fasher's traders killed as RSF shells grain market",
    """EL FASHER, Sudan - Shelling by the Rapid Support Forces hit the main grain market in El
    Fasher on Saturday, killing [[at least 23 traders and shoppers|killed;n=traders and
    shoppers;a=the local resistance committee]] and wounding [[more than 40|injured;a=the local
    resistance committee]], the local resistance committee said. [[About 120
    stalls|housing;u=structure]] burned down. A sack of sorghum now costs {{150,000 Sudanese
    pounds}}, up from {{40,000}} before the siege began in {{May}}. Traders said [[only 30
    trucks|other;a=Traders]] had reached the city in {{two months}}. Medecins Sans Frontieres
    said its teams had treated [[about 800 children|injured;a=Medecins Sans Frontieres]] for
    severe malnutrition in {{September}}. The UN estimates [[more than 800,000
    people|civilians;a=The UN]] are trapped in the city, and [[about 500,000|displaced;a=The
    UN]] are living in Zamzam camp nearby.""",
)

item(
    "Thousands of containers stuck at Karachi port as dollars run short",
    """KARACHI (Dawn) - [[More than 9,000 containers|other;a=the Karachi Customs Agents
    Association]] of raw materials, machinery and medicine are stuck at Karachi's ports because
    banks will not open letters of credit, the Karachi Customs Agents Association said on
    Thursday. The State Bank's reserves have fallen to about {{$3.1 billion}}, enough for
    {{three weeks}} of imports. The Pakistan Pharmaceutical Manufacturers Association warned
    that [[about 40 drug makers|other;u=other;a=The Pakistan Pharmaceutical Manufacturers
    Association]] could halt production within weeks. Carmaker Indus Motor shut its plant for
    {{10 days}}, idling [[about 3,500 workers|other]]. Shipping lines have charged demurrage on
    [[thousands of boxes|other;u=other]], and [[at least 12 vessels|other;u=other]] were
    waiting at anchor. The rupee fell to {{262}} against the dollar in the open market.""",
)

item(
    "Ukrainian farmers plough among mines to bring in the harvest",
    """KYIV (Kyiv Independent) - Mines and unexploded shells have killed [[at least 130 farmers and
    farm workers|killed;n=farmers and farm workers;a=the State Emergency Service]] in Ukraine
    since the full-scale invasion, the State Emergency Service said, and injured [[more than
    320|injured;a=the State Emergency Service]]. Deminers have cleared about {{400,000
    hectares}} of farmland so far. In Kharkiv Oblast, farmer Oleh Shevchenko lost [[two
    tractors|other;a=farmer Oleh Shevchenko]] to anti-tank mines this spring, he said, and
    [[one of his drivers|injured;a=farmer Oleh Shevchenko]] lost a leg. The government pays for
    demining on [[about 1,500 farms|other;u=structure;a=The government]] under a program it
    expects to finish in {{2026}}. Ukraine exported [[about 44 million tonnes|other;
    v=44000000;a=the Agriculture Ministry]] of grain in the last season, the Agriculture
    Ministry said.""",
)

item(
    "War empties Nabatieh's market and sends workers north",
    """NABATIEH, Lebanon (L'Orient Today) - Israeli strikes destroyed [[about 40
    shops|housing;a=the municipality]] in the old souk of Nabatieh on Saturday, the
    municipality said, a market that had stood since the Ottoman era. [[Five people|killed]],
    among them [[two shopkeepers|killed]], were killed. The Labour Ministry says [[about
    500,000 workers|displaced;a=The Labour Ministry]] have been displaced from the south, the
    Bekaa and Beirut's southern suburbs, and [[nearly 200,000|other;a=The Labour Ministry]]
    have lost their jobs. Syrian labourers, who pick much of the south's tobacco and citrus,
    have also left: [[more than 400,000 people|displaced;a=the General Security agency]]
    crossed into Syria in {{October}}, the General Security agency said. In Tyre, [[at least 25
    hotels and restaurants|other;u=structure;n=hotels and restaurants]] have shut.""",
)

item(
    "Businesses in Israel's evacuated north count a year of losses",
    """KIRYAT SHMONA, Israel - [[About 60,000 residents|displaced;a=the government]] of northern
    Israel have been living in hotels and rented flats since they were evacuated in {{October
    2023}}, the government says, and the businesses they ran are struggling to survive. The
    Kiryat Shmona chamber of commerce said [[more than 300 businesses|other;u=other; a=The
    Kiryat Shmona chamber of commerce]] in the town had closed, and [[about
    70|housing;u=other;a=The Kiryat Shmona chamber of commerce]] had been hit by rockets.
    Hezbollah fire has burned {{20,000 acres}} of orchards and pasture. Apple grower Yoav Levi
    said he had lost [[4,000 trees|other;u=other;a=Apple grower Yoav Levi]] and could not bring
    in [[12 Thai workers|other;a=Apple grower Yoav Levi]] he had hired for the picking season.
    The Tax Authority has paid compensation on [[about 9,000 claims|other;u=other;a=The Tax
    Authority]] for direct damage.""",
)

item(
    "Syria's new government dismisses public workers in payroll purge",
    """DAMASCUS (AFP) - Syria's interim government has dismissed or suspended [[about 300,000
    public employees|other;a=the Finance Ministry]] it says were "ghost workers" on the payroll
    of the ousted government, the Finance Ministry said. Unions say [[thousands of
    them|other;a=Unions]] were real staff. At the Adra cement plant, [[400|other;a=one of
    them]] of its [[1,150 workers|other;a=one of them]] were told not to return, one of them
    said. The government has promised a {{400%}} rise in salaries, funded partly by Qatar, to
    bring the average monthly wage to about {{$100}}. Protesters gathered in Latakia and Tartus
    on Sunday; security forces detained [[at least 15 people|arrested;a=the Syrian Observatory
    for Human Rights]], according to the Syrian Observatory for Human Rights. The pound has
    recovered to about {{10,000}} to the dollar from {{15,000}} in {{December}}.""",
)

item(
    "Sri Lankans leave in record numbers as crisis drags on",
    """COLOMBO (The Daily Star) - [[More than 311,000 Sri Lankans|other;a=the Sri Lanka Bureau of
    Foreign Employment]] left for jobs abroad in {{2022}}, the Sri Lanka Bureau of Foreign
    Employment said, the highest number on record, as the economic collapse wiped out savings
    and wages. [[About 90,000|other;a=the bureau;alt=the Sri Lanka Bureau of Foreign
    Employment]] went to Kuwait and [[77,000|other;a=the bureau;alt=the Sri Lanka Bureau of
    Foreign Employment]] to Qatar, the bureau said. The Government Medical Officers'
    Association says [[about 500 doctors|other;a=The Government Medical Officers' Association]]
    have left the state health service. In Kuwait, the embassy shelter houses [[about 150
    domestic workers|displaced;a=embassy officials]] who fled abusive employers, embassy
    officials said, and [[62|returned;a=embassy officials]] were flown home last month.
    Remittances recovered to {{$5.9 billion}} in {{2023}}.""",
)

item(
    "Argentina's peso slides as central bank burns reserves",
    """BUENOS AIRES (Bloomberg) - Argentina's peso weakened {{2.1%}} to {{1,190}} per dollar on
    Friday, pushing it toward the top of the band agreed with the International Monetary Fund,
    as investors bet the central bank would have to sell reserves before the {{October 26}}
    midterm elections. The Treasury sold {{$430 million}} in the futures market this week.
    Country risk rose above {{1,400 basis points}}, and the Merval stock index fell {{4%}}.""",
)

item(
    "Venezuela knocks six zeros off the bolivar",
    """CARACAS - Venezuela removed {{six zeros}} from its currency on Friday, the third
    redenomination in {{13 years}}, after prices rose by about {{2,300%}} last year. A {{1
    million}}-bolivar note is now worth {{one bolivar}}, or about {{25 US cents}}. The central
    bank introduced new notes of {{5, 10, 20, 50 and 100 bolivars}} and a {{1-bolivar}} coin.
    The country last cut {{five zeros}} in {{2018}} and {{three}} in {{2008}}.""",
)
