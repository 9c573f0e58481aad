"""Sudan, Ethiopia, Nigeria, Myanmar, Pakistan, Sri Lanka: the business, labour and economy
desks (texts with figures, and two with numbers but no figure)."""

from _wrap import item

item(
    "Khartoum's industrial zone stripped bare as looters haul away machines",
    """PORT SUDAN (Reuters) - [[More than 400 factories|housing;u=structure;a=the Sudanese
    Businessmen and Employers Federation]] in Khartoum North have been looted or burned since
    fighting broke out in {{April 2023}}, the Sudanese Businessmen and Employers Federation
    said. Owners said machines were stripped and driven away on [[hundreds of trucks|other]]
    towards Darfur and the border with Chad. At one flour mill, [[12 guards|killed;a=the mill's
    owner]] were killed when gunmen stormed the compound, the mill's owner said. The federation
    estimates that [[about 3.5 million workers|other; v=3500000;a=The federation]] across Sudan
    have lost their jobs or their wages. Kenana Sugar Company said it had moved [[about 2,000
    staff and their families|displaced;n=staff and their families;u=person;a=Kenana Sugar
    Company]] from its White Nile estate after [[three employees|killed;a=Kenana Sugar
    Company]] were killed. Bank branches in Khartoum remain closed, and the pound has fallen to
    about {{2,300}} to the dollar.""",
)

item(
    "Port Sudan becomes the country's lifeline as trucks queue for days",
    """PORT SUDAN - [[About 1,200 trucks|other;a=drivers]] were waiting outside Port Sudan's
    southern terminal on Tuesday, drivers said, some for more than {{a week}}, as the port
    handles nearly all of the country's trade. The Sea Ports Corporation said [[43
    ships|other;a=The Sea Ports Corporation]] called in {{March}}, up from
    [[29|other;u=other;a=The Sea Ports Corporation]] a year earlier, many of them carrying
    wheat and fuel. Gum arabic exports, which employ [[some 5 million people|other]] across the
    Sahel belt, fell to [[27,000 tonnes|other]] last year. Truck driver Osman Adam said he had
    paid fees at [[17 checkpoints|other]] between Gedaref and the coast. "Each one wants money,
    army or not," he said. [[At least 250,000 people|displaced;a=the International Organization
    for Migration]] who fled Khartoum now live in Port Sudan, according to the International
    Organization for Migration, and rents have tripled.""",
)

item(
    "Gezira farmers miss planting season after RSF sweep",
    """WAD MADANI, Sudan - [[More than 120,000 tenant farmers|civilians;a=the scheme's management]]
    in the Gezira Scheme will not plant wheat this winter, the scheme's management said, after
    the Rapid Support Forces seized much of the state in {{December}}. The scheme, Sudan's
    largest, covers {{2.2 million feddans}}. RSF fighters looted [[about 700
    tractors|other;a=the farmers' union]] and [[40 combine harvesters|other;u=other; a=the
    farmers' union]], the farmers' union said. Farmer Hassan Ibrahim, who fled to Sennar with
    his wife and [[six children|displaced]], said his family had stored [[80 sacks|other]] of
    sorghum that were taken in one night. The UN says [[some 500,000 people|displaced;a=The
    UN]] have fled Gezira since the attack, and the World Food Programme says [[about 18
    million Sudanese|civilians;a=the World Food Programme]] face acute hunger.""",
)

item(
    "Hawassa park sheds jobs after Ethiopia loses US trade privileges",
    """ADDIS ABABA (Addis Standard) - Factories at the Hawassa Industrial Park have laid off [[more
    than 10,000 workers|other;a=the Industrial Parks Development Corporation]] since Washington
    suspended Ethiopia from the African Growth and Opportunity Act over the war in Tigray, the
    Industrial Parks Development Corporation said. [[Three|other;u=other]] of the park's [[22
    tenants|other;u=other]], including PVH's main supplier, have left the country. The park
    employed [[about 35,000 people|other]] at its peak in {{2020}}, most of them young women
    earning around {{1,000 birr}} a month. One Chinese-owned shirt maker cut its workforce from
    [[2,600|other;a=a manager]] to [[900|other;a=a manager]], a manager said. The suspension,
    effective {{January 1, 2022}}, removed duty-free access for [[some 6,000
    products|other;u=other]]. The government says it has found new buyers in Europe and China,
    but exports from the parks fell to {{$150 million}} in the last fiscal year.""",
)

item(
    "Amhara traders count losses as curfew and roadblocks choke markets",
    """BAHIR DAR - Traders in Bahir Dar and Gondar say business has collapsed since fighting
    between federal forces and Fano militias began in {{August}}, with roads to Addis Ababa cut
    for weeks at a time. The Amhara chamber of commerce said [[about 2,300 businesses|other;
    u=other;a=The Amhara chamber of commerce]] in the two cities had closed and [[more than
    14,000 employees|other;a=The Amhara chamber of commerce]] had been sent home. The price of
    a {{50-kg}} bag of teff flour has reached {{9,000 birr}}. In Debre Markos, [[dozens of
    shops|housing]] were looted during clashes last month, residents said, and [[at least 40
    fuel tankers|other;a=the regional transport bureau]] were stuck on the highway, according
    to the regional transport bureau. Security forces detained [[more than 60
    traders|arrested;a=the Ethiopian Human Rights Commission]] accused of supplying the
    militias, the Ethiopian Human Rights Commission said.""",
)

item(
    "Nigerian unions shut down fuel stations as subsidy ends",
    """LAGOS (BusinessDay) - Petrol queues stretched for kilometres in Lagos and Abuja on Tuesday
    after President Bola Tinubu ended the fuel subsidy and the pump price nearly tripled to
    {{N488}} a litre. Of the [[about 30,000 filling stations|other;u=structure]] in the
    country, more than half were shut or selling at black-market prices, the Independent
    Petroleum Marketers Association said. The Nigeria Labour Congress said [[its 4 million
    members|other;a=The Nigeria Labour Congress]] would begin an indefinite strike on {{June
    7}}. In Kano, police arrested [[23 people|arrested;a=police spokesman Abdullahi Haruna]]
    who blocked roads with burning tyres, police spokesman Abdullahi Haruna said. Commercial
    bus operators raised fares by up to {{200%}}, and [[thousands of commuters|civilians]]
    walked to work. The government said it would pay {{N8,000}} a month to [[12 million poor
    households|aid;p;a=The government]] for {{six months}}.""",
)

item(
    "Lagos traders tally looted shops after #EndSARS unrest",
    """LAGOS - Looters broke into [[at least 120 shops|housing;a=the Lagos State Government]] and
    [[two shopping malls|housing;u=structure]] in Lagos after soldiers fired on protesters at
    the Lekki toll gate, the Lagos State Government said on Monday. At the Circle Mall,
    managers said [[46 outlets|housing;u=structure;a=managers]] were emptied and [[about 300
    staff|other; a=managers]] had no work to go back to. Police said they had arrested [[more
    than 520 suspects|arrested;a=Police]] across the state and recovered [[14 stolen
    vehicles|other;a=Police]]. The Manufacturers Association of Nigeria said [[about 70
    factories|housing;u=structure;a=The Manufacturers Association of Nigeria]] in the Ikeja and
    Apapa areas had been attacked, with losses it put at {{N1 trillion}}. Businesses reopened
    on Wednesday as a {{24-hour}} curfew was eased.""",
)

item(
    "Tanker drivers' strike drains Nigeria's fuel depots",
    """ABUJA (BusinessDay) - [[More than 5,000 tanker drivers|other;a=the drivers' union]] stayed
    off the roads on Monday, the drivers' union said, in protest at the killing of [[two of
    their members|killed;n=-;a=the drivers' union]] by soldiers at a checkpoint in Niger State.
    Loading at the Dangote refinery, which can process {{650,000 barrels}} a day, fell to
    [[about 40 trucks|other]], from a usual [[1,500|other;u=other]]. In Abuja, a BusinessDay
    check found [[12 stations|other;u=structure;a=a BusinessDay check]] selling petrol, with
    queues of [[about 200 cars|other]] at each. The union's chairman said [[seven
    drivers|kidnapped;a=The union's chairman]] had been abducted on the Lokoja highway this
    year and [[one|kidnapped;a=The union's chairman]] was still held. Petrol sold for
    {{N1,200}} a litre on the street.""",
)

item(
    "Myanmar garment workers lose jobs as factories burn in Hlaing Tharyar",
    """YANGON (Myanmar Now) - Arsonists set fire to [[at least 32 factories|housing;
    u=structure;a=state media]] in Yangon's Hlaing Tharyar township, many of them
    Chinese-owned, state media said, and the junta declared martial law there the same night.
    Security forces killed [[at least 65 people|killed;a=the Assistance Association for
    Political Prisoners]] in the township on Sunday, according to the Assistance Association
    for Political Prisoners. The Myanmar Garment Manufacturers Association said [[about 200,000
    garment workers|other;a=The Myanmar Garment Manufacturers Association]] had lost their jobs
    since the coup on {{February 1}}. Labour activist Ma Moe Sandar Myint said [[more than 40
    union leaders|arrested;a=Labour activist Ma Moe Sandar Myint]] had been arrested and
    [[hundreds of striking workers|other]] dismissed. [[Thousands of migrant workers|returned]]
    have left the township for their home villages in the Ayeyarwady delta.""",
)

item(
    "Young Myanmar workers queue for Thai jobs to dodge the draft",
    """MAE SOT, Thailand - Since the junta activated its conscription law in {{February}}, queues
    outside the Thai embassy in Yangon have swelled to [[about 5,000 people a day|other;
    a=embassy staff]], embassy staff said, and [[two women|killed]] died in a crush in the
    heat. Myanmar's labour ministry issued [[more than 89,000 overseas work
    cards|other;u=other; a=Myanmar's labour ministry]] in the first {{four months}} of the
    year, Myanmar's labour ministry said, more than in all of {{2023}}. The junta has since
    barred men aged {{23 to 31}} from working abroad. Thai police in Tak province say they
    arrest [[40 to 60 undocumented Myanmar workers|arrested;a=Thai police in Tak province]] on
    a typical day. A brick kiln owner in Mae Sot said [[18|other;a=A brick kiln owner in Mae
    Sot]] of his [[25 workers|other;a=A brick kiln owner in Mae Sot]] had arrived since March,
    paying brokers up to {{30,000 baht}} each.""",
)

item(
    "Textile mills close as Pakistan's power tariffs bite",
    """KARACHI (Dawn) - [[About 100 spinning mills|other;u=structure;a=the All Pakistan Textile
    Mills Association]] have shut down across Punjab and Sindh, the All Pakistan Textile Mills
    Association said on Wednesday, blaming industrial electricity tariffs of around {{14
    cents}} a kilowatt-hour. The closures have cost [[more than 500,000 jobs|other;a=the
    association;alt=the All Pakistan Textile Mills Association]], the association said, and
    [[up to 700,000 more|other;n=-;p;a=the association; alt=the All Pakistan Textile Mills
    Association]] are at risk. Textile exports fell {{12%}} to {{$16.5 billion}} in the fiscal
    year to {{June}}. In Faisalabad, power looms fell silent in [[about 1,800
    units|other;u=structure]] and [[thousands of daily-wage weavers|other]] held a sit-in
    outside the district office. Police detained [[14 of the protesters|arrested; n=-]]
    briefly.""",
)

item(
    "Record 860,000 Pakistanis left for jobs abroad last year",
    """ISLAMABAD - [[About 860,000 Pakistanis|other;a=the Bureau of Emigration and Overseas
    Employment]] registered for work overseas in {{2023}}, the most since {{2015}}, the Bureau
    of Emigration and Overseas Employment said, as inflation near {{30%}} and a weak rupee
    pushed doctors, engineers and labourers out. [[More than 420,000|other;a=the bureau;alt=the
    Bureau of Emigration and Overseas Employment]] went to Saudi Arabia, the bureau said.
    Remittances reached {{$27 billion}} in the fiscal year. The Pakistan Medical Association
    said [[about 4,000 doctors|other;a=The Pakistan Medical Association]] had applied for
    certificates to work in Britain and the Gulf. In Gujrat, a recruitment agent said he was
    sending [[30 to 40 young men a month|other;a=a recruitment agent]] to Europe through Libya.
    Greek authorities said [[at least 350 Pakistanis|missing;a=Greek authorities]] were on
    board the trawler that sank off Pylos in {{June}}; [[12 Pakistanis|other;a=Greek
    authorities]] survived.""",
)

item(
    "Stampede at Karachi charity handout kills women and children",
    """KARACHI (Reuters) - [[Twelve people|killed;a=police]], including [[eight
    women|killed;a=police]] and [[three children|killed;a=police]], were killed in a stampede
    on Friday as [[hundreds of people|aid]] crowded into a factory compound in Karachi where
    the owners were handing out Ramadan rations, police said. The owners had planned to
    distribute [[about 1,000 bags|aid;p]] of flour and cooking oil. Police detained [[seven
    factory managers|arrested;a=Police]] and said the event had not been cleared with the
    authorities. Wheat flour has risen above {{150 rupees}} a kilogram in Karachi as annual
    inflation reached {{35%}}. [[At least 11 people|killed]] have died in crushes at free flour
    points in Punjab since the government began handing out free flour in {{March}}.""",
)

item(
    "Sri Lanka fuel queue deaths rise as pumps run dry",
    """COLOMBO - A {{63-year-old}} three-wheeler driver died on Sunday after waiting {{two days}}
    in a fuel queue in Panadura, police said, bringing to [[at least 10|killed;a=police]] the
    number of people who have died in queues since {{March}}. The Ceylon Petroleum Corporation
    said only [[190|other;u=structure;a=The Ceylon Petroleum Corporation]] of its [[1,190
    stations|other;u=structure;a=The Ceylon Petroleum Corporation]] had received any petrol
    this week. [[About 3,000 vehicles|other]] were waiting at a single station in Kandy on
    Monday morning. The government has closed schools and told [[1.1 million public
    servants|other;v=1100000;a=The government]] to work from home to save fuel. Private bus
    operators said [[about 18,000|other;u=other;a=Private bus operators]] of their [[20,000
    buses|other;a=Private bus operators]] were off the road. Soldiers were deployed at [[more
    than 100 stations|other;u=structure]] after scuffles in which [[four people|injured]] were
    hurt.""",
)

item(
    "Kaduna farmers pay bandits to harvest their own maize",
    """KADUNA - Farmers in Birnin Gwari and Giwa say they now pay armed gangs a levy of up to
    {{N50,000}} per farm before they are allowed to harvest, as kidnappings in rural Kaduna
    continue. Gunmen abducted [[17 farmers|kidnapped;a=the Kaduna State Internal Security
    ministry]] working on their fields near Kidandan on Saturday, the Kaduna State Internal
    Security ministry said, and [[two|killed;a=the Kaduna State Internal Security ministry]]
    were shot dead as they tried to flee. The All Farmers Association of Nigeria says [[more
    than 1,500 of its members|kidnapped;n=-;a=The All Farmers Association of Nigeria]] have
    been kidnapped across the north-west since {{2020}}, and [[about 300|killed;a=The All
    Farmers Association of Nigeria]] killed. Maize prices in Kaduna's Giwa market have risen to
    {{N65,000}} for a {{100kg}} bag. Agro-processor Olam said it had closed
    [[one|other;u=structure;a=Agro-processor Olam]] of its [[two feed
    mills|other;u=structure;a=Agro-processor Olam]] in the state and moved [[about 250
    workers|displaced;a=Agro-processor Olam]] to Kano.""",
)

item(
    "Central Bank of Nigeria lifts rate to 27.25% in sixth straight hike",
    """ABUJA - The Central Bank of Nigeria raised its benchmark interest rate by {{50 basis
    points}} to {{27.25%}} on Tuesday, its sixth increase this year, as inflation hit {{33.9%}}
    in {{October}}. Governor Olayemi Cardoso said the naira, which trades at about {{N1,700}}
    to the dollar, had stabilised after the bank cleared a {{$7 billion}} backlog of
    foreign-exchange claims. The Monetary Policy Committee will next meet in {{February 2025}}.
    Food inflation stood at {{39.2%}}.""",
)

item(
    "Sri Lanka's rupee steadies as IMF releases second tranche",
    """COLOMBO - The International Monetary Fund approved the release of about {{$337 million}} to
    Sri Lanka on Tuesday, the second tranche of a {{48-month}} {{$2.9 billion}} bailout agreed
    in {{March 2023}}. The rupee has gained about {{10%}} against the dollar this year, trading
    at {{about 320}} on Wednesday, and inflation has slowed from a peak of {{69.8%}} in
    {{September 2022}} to {{1.5%}}. Colombo's main share index rose {{1.2%}}. Sri Lanka must
    still restructure {{$12.5 billion}} in international bonds.""",
)

item(
    "Torkham closure strands traders and thousands of trucks",
    """PESHAWAR (Dawn) - [[More than 5,000 trucks|other;a=the Sarhad Chamber of Commerce]] were
    stranded on both sides of the Torkham border crossing on Tuesday after clashes between
    Pakistani and Afghan border forces shut it for a {{ninth day}}, the Sarhad Chamber of
    Commerce said. [[Two border guards|killed;a=officials]] were killed and [[four
    civilians|injured;a=officials]] wounded in the exchange of fire, officials said. Traders
    said perishable goods in [[about 600 containers|other;a=Traders]] were rotting, and [[some
    3,000 labourers|other;a=Traders]] who load and unload at the crossing had no work. Pakistan
    has deported [[more than 500,000 Afghans|returned;a=the UN refugee agency]] since its
    crackdown on undocumented migrants began, according to the UN refugee agency, and [[about
    1,700 families|displaced;a=aid workers]] were waiting in a transit camp near the crossing,
    aid workers said. Bilateral trade has fallen to about {{$1.6 billion}} a year.""",
)

item(
    "Ethiopian workers deported from Saudi Arabia return to empty pockets",
    """ADDIS ABABA (Addis Standard) - [[About 70,000 Ethiopian migrants|returned;a=the Ministry of
    Foreign Affairs]] have been returned from Saudi Arabia since {{March}} under a repatriation
    deal, the Ministry of Foreign Affairs said, most of them young men who had worked as
    herders, drivers and labourers. The International Organization for Migration says it has
    given [[about 20,000 returnees|aid;a=The International Organization for Migration]] cash,
    food and transport to their home districts, and that [[more than 1,000 unaccompanied
    children|returned;a=The International Organization for Migration]] were among them. At a
    transit centre in Addis Ababa built for [[3,000 people|capacity;a=staff]], [[about
    8,000|displaced;a=staff]] were sleeping this week, staff said. Many returnees owe brokers
    up to {{150,000 birr}}. Human Rights Watch has documented the killing of [[hundreds of
    Ethiopians|killed;a=Human Rights Watch]] by Saudi border guards on the Yemen frontier.""",
)
