"""Africa: Sudan's war and its borders, Chad, South Sudan, eastern Congo, the Sahel, Uganda,
Kenya, Mozambique, Borno, Tigray and Libya's evacuation flights (12 articles with figures)."""

from _wrap import item

item(
    "Families wait for days at Sudan-Egypt border in searing heat",
    """[[More than 40,000 people|displaced;a=the UN refugee agency]] have crossed from Sudan into
    Egypt since fighting broke out in Khartoum on {{15 April}}, the UN refugee agency said on
    Tuesday, most of them through the Argeen and Qustul crossings. [[Thousands more|displaced;n=-]]
    are waiting at the border or in Wadi Halfa, about {{30 kilometres}} to the south, where
    Egypt's demand that men aged {{16 to 50}} obtain visas has split families. In Wadi Halfa,
    [[some 6,000 people|displaced;a=local officials]] are sleeping in schools, mosques and on
    the streets, local officials said. The journey of {{about 1,000 kilometres}} from the
    capital takes {{two days}}, and bus operators have raised the fare to {{$500}} a seat,
    from {{$40}} before the war. The Egyptian Red Crescent said it had handed out
    [[20,000 meals|aid;a=The Egyptian Red Crescent]] and [[4,500 blankets|aid;a=The Egyptian
    Red Crescent]] at the crossings. The International Organization for Migration said
    [[about 1,800 people a day|displaced;a=The International Organization for Migration]]
    crossed last week, down from a peak of [[5,000|displaced;a=The International Organization
    for Migration]] in late April. UNHCR is planning for [[up to 350,000 arrivals|displaced;p;a=UNHCR]]
    in Egypt by October. "We have been here {{nine days}}," said Hanan, a pharmacist from
    Omdurman travelling with her mother. "My husband is still on the other side." """,
)

item(
    "Chad moves Sudanese refugees inland before rains cut roads",
    """[[More than 380,000 people|displaced;a=UNHCR]] have fled Sudan into eastern Chad since
    April, UNHCR said on Friday. [[About 260,000|displaced]] came through the border town of
    Adré, where a makeshift settlement now holds [[some 155,000 people|displaced]],
    {{ten times}} the town's pre-war population. {{Nine in ten}} arrivals are women and
    children. The agency and the Chadian authorities have relocated
    [[about 82,000 refugees|displaced]] from the border to [[six new camps|capacity]] further
    inland since May, in convoys of [[up to 40 trucks|aid]] that make the {{five-hour}}
    journey to Ourang and Metché. UNHCR aims to move [[a further 100,000|displaced;p;a=UNHCR]]
    before the end of the year, when the {{$1 billion}}
    regional appeal is due to run out. The World Food Programme said it was giving hot meals
    to [[about 90,000 people|aid;a=The World Food Programme]] in Adré. Doctors Without Borders
    said it had treated [[more than 800 people|injured;a=Doctors Without Borders]] for gunshot
    and shrapnel wounds at the town's hospital since {{14 June}}, most of them from El Geneina,
    {{27 kilometres}} across the border. "Every day new people arrive with nothing," said
    Laura Lo Castro, UNHCR's representative in Chad.""",
)

item(
    "Renk transit centre bursts as South Sudanese flee Sudan's war",
    """[[More than 640,000 people|displaced;a=the International Organization for Migration]] have
    crossed from Sudan into South Sudan since the war began in {{April 2023}}, according to the
    International Organization for Migration, {{about 80 percent}} of them South Sudanese who
    had lived in Sudan for years or decades. Most enter at Joda, where
    [[about 1,500 people a day|displaced]] were arriving in February, and are taken to the
    transit centre in Renk. Built for [[3,000 people|capacity;a=the centre's manager]], it held
    [[over 17,000|displaced;a=the centre's manager]] last week, the centre's manager said. The
    IOM and UNHCR have moved [[more than 90,000 returnees|returned;a=the agencies;alt=The IOM and UNHCR]] onward
    to Malakal, Juba and other towns by barge and by road, the agencies say, and each family
    receives a cash grant of {{$75}} to restart life. But barges on the White Nile take
    {{three days}} to reach Malakal and sailings are irregular. Many returnees have never lived
    in South Sudan, which won independence in {{2011}}, and arrive in a country in economic
    free fall: oil exports through Port Sudan, which bring in {{90 percent}} of government
    revenue, stopped in {{February}} when the pipeline was damaged in the fighting, and civil
    servants have not been paid for {{months}}. The response plan for the border is only
    {{22 percent}} funded, aid agencies say. A cholera outbreak in the
    centre has caused [[1,200 cases|other;a=the health ministry]] and [[at least 40 deaths|killed;u=person;a=the health ministry]] since
    {{October}}, the health ministry said. The government has promised buses to take
    [[5,000 returnees|returned;p;a=The government]] bound for Juba onward by the end of the
    month. "We came back to a country we left as children," said James Deng, {{44}}.""",
)

item(
    "M23 orders Goma's displaced out of camps",
    """Rebels of the {{M23}} movement who seized Goma in late January have ordered people living in
    displacement camps around the city to go back to their villages within {{72 hours}}, aid
    workers said, warning that many have no homes to return to. [[More than 300,000 people|displaced]]
    were living in the camps at Bulengo, Lushagala, Rusayo and Kanyaruchinya before the city
    fell. UNHCR says [[around 110,000|returned;a=UNHCR]] have already left them, many on foot
    towards Masisi and Rutshuru territories, {{60 kilometres}} or more away. The UN's
    humanitarian office said [[more than 70 sites|capacity;a=The UN's humanitarian office]]
    around Goma were now empty, their shelters dismantled by the rebels or by the residents
    themselves. The fighting for the city killed [[about 2,900 people|killed;a=the UN]],
    according to the UN. In Sake, a local chief said [[about 2,000 families|returned;a=a local
    chief]] had arrived back in the past week, each given a plastic sheet and {{25 kilograms}}
    of maize flour by the rebels. Across the border, Burundi has received [[more than 40,000
    Congolese refugees|displaced;a=the Burundian interior ministry]] since fighting spread to
    South Kivu, the Burundian interior ministry said, at a rate of [[about 1,000 a
    day|displaced;a=the Burundian interior ministry]] through the Gatumba crossing. "We were
    told to leave, so we left," said Furaha, {{29}}, carrying a jerrycan and a baby on the
    road to Minova.""",
)

item(
    "Blockaded Djibo empties as convoys stall",
    """Djibo, a town in northern Burkina Faso whose population had swollen to
    [[about 300,000 people|civilians]] as villagers fled the surrounding countryside, has been
    under blockade by JNIM fighters since {{February}}. A convoy of [[more than 100 trucks|aid]]
    carrying food to the town was attacked near Gaskindé on {{26 September}}, killing
    [[37 people|killed;a=the army]], most of them soldiers, the army said. The World Food
    Programme has airlifted [[about 70 tonnes|aid]] of food to Djibo by helicopter since then,
    a fraction of what the town needs. [[Some 6,000 people|displaced;a=aid workers in
    Kaya]] have fled Djibo on foot since the attack, aid workers in Kaya said, walking for
    {{more than a week}} through the bush to Ouahigouya and Kaya. The government's emergency
    relief agency, CONASUR, had registered [[1,882,391 internally displaced people|displaced;a=CONASUR]]
    nationwide by the end of {{June}}, {{one in 11}} Burkinabè, it said. In Kaya, where
    [[more than 100,000 displaced|displaced;n=displaced]] already live, the authorities have
    opened [[14 sites|capacity]] on the edge of town. A bag of millet that cost
    {{12,000 CFA francs}} before the blockade now sells for {{three times}} as much in Djibo,
    residents say. The government has not updated its displacement figures since {{March}}.""",
)

item(
    "Uganda's refugee count falls after biometric verification",
    """A nationwide biometric verification exercise has counted [[1,091,024 refugees|displaced;a=the
    Office of the Prime Minister]] in Uganda, the Office of the Prime Minister said on Monday,
    far fewer than the [[1.4 million|displaced;v=1400000;a=the Office of the Prime Minister]]
    it had reported until the start of the year. The exercise, carried out with UNHCR and the
    World Food Programme, began in {{March}} and covered all [[30 settlements|capacity]] and the capital, Kampala. South Sudanese make up
    [[about 790,000|displaced]] of the total, followed by [[about 285,000 Congolese|displaced]].
    Bidibidi, once described as the world's largest refugee settlement, was found to hold
    [[223,000 people|displaced]]. Uganda took in [[more than 2,000 people a day|displaced]] at
    the height of the South Sudan crisis in {{2016}}, and aid officials say the old count
    included people who had gone home or registered twice. Donors froze some funding after
    an investigation found that [[four officials|other]] had inflated the figures. The World
    Food Programme said it would base its monthly rations on the verified figures from
    {{November}}, saving about {{$3 million}} a month. Refugees in Uganda can work, farm and
    move freely, a policy that the World Bank has called one of the most progressive in the
    world.""",
)

item(
    "Dadaab returns slow as deadline for camp closure nears",
    """The number of Somali refugees choosing to go home from Dadaab has slowed to a trickle,
    even as the government presses for the closure of the complex by {{June}}. [[About 211,000
    refugees|displaced;a=UNHCR]] remain in Dadaab's [[three camps|capacity;a=UNHCR]], Dagahaley,
    Hagadera and Ifo, according to UNHCR, down from more than twice that number in {{2011}}.
    Since the tripartite agreement between Kenya, Somalia and UNHCR was signed in {{2013}},
    [[more than 84,000 Somalis|returned;a=the agency;alt=UNHCR]] have gone home under the
    voluntary repatriation programme, the agency says. Each returnee receives {{$200}} in cash
    and a further {{$200}} on arrival, as well as food for {{six months}}. Last month, only
    [[1,240 people|returned]] left on [[two road convoys|aid]] to Kismayo and Baidoa, and
    [[some 300|returned]] flew from the Dadaab airstrip to Mogadishu. Karanja Kibicho, the
    Interior principal secretary, told Parliament that the government wanted
    [[at least 100,000|returned;p;a=Karanja Kibicho]] to leave before the end of the year.
    {{Ifo 2}}, one of the newer sections, was closed in {{2018}} and its residents moved to
    the other camps. Refugee leaders say insecurity in Jubaland and the drought make
    returns hard to sell. Refugees who need help with the return process can call the UNHCR
    helpline, {{0800 720 063}}, free of charge.""",
)

item(
    "Boats bring thousands of displaced to Pemba beach",
    """[[More than 10,000 people|displaced;a=the provincial government]] have arrived by boat on
    Paquitequete beach in Pemba over the past {{two weeks}}, fleeing insurgent attacks on
    coastal districts of Cabo Delgado, the provincial government said on Wednesday. Some had
    spent {{four days}} at sea in open fishing boats without food or water. Local officials
    counted [[about 150 boats|other;a=Local officials]] landing on the beach in {{ten days}}.
    [[At least 12 people|killed;a=the police]] drowned when an overloaded dhow capsized off
    Quissanga last week, the police said. The disaster management institute, INGC, has
    registered [[4,200 families|displaced;a=INGC;alt=The disaster management institute]] on the
    beach, where they sleep under tarpaulins before being moved on by bus. The government
    plans to move them to [[four resettlement sites|capacity;p;a=The government]] in Metuge
    and Ancuabe districts, where it has promised each family a plot of land. Metuge alone
    already hosts [[about 25,000 people|displaced]] in crowded sites. Across the province,
    [[424,000 people|displaced;a=the UN's humanitarian office]] have been forced from their
    homes by the conflict, according to the UN's humanitarian office. The insurgency, which
    began in {{October 2017}}, has killed [[more than 2,000 people|killed;a=the Armed Conflict
    Location and Event Data Project]], according to the Armed Conflict Location and Event Data
    Project.""",
)

item(
    "Borno shuts Maiduguri camps as governor pushes returns",
    """Borno State has closed [[eight camps|capacity;a=Babagana Zulum]] in Maiduguri since
    {{October}} and resettled [[more than 140,000 people|returned;a=Babagana Zulum]] in their
    home towns, the state governor, Babagana Zulum, told reporters on Sunday. He said the
    state would shut [[the remaining 24|capacity;p;n=-;u=structure;a=Babagana Zulum]] by the end
    of next year.
    Each household leaving a camp receives {{100,000 naira}}, and each woman a further
    {{50,000 naira}}, along with food. The state said it had paid [[about 24,000 households|aid;a=The
    state;alt=Borno State]] so far. Dalori camp, on the road to Konduga, held [[about 30,000 people|displaced]]
    before it was closed last month. In Bama, the state has built [[more than 1,500 homes|housing]]
    to replace those destroyed when Boko Haram overran the town in {{2014}}. The UN warns that
    the returns are premature. [[At least 2 million people|displaced;v=2000000;a=The UN]] remain
    displaced in the north-east, it says, and security outside garrison towns is poor. In
    {{September}}, ISWAP fighters killed [[seven returnees|killed]] who had gone to farm near
    Marte. "We were told it was safe," said Falmata, {{37}}, who is now back in Ngala. "We go to the farm only with soldiers." """,
)

item(
    "Tigray refugees moved from border to Um Rakuba camp",
    """[[More than 43,000 refugees|displaced;a=UNHCR]] have fled Ethiopia's Tigray region into
    eastern Sudan since fighting erupted on {{4 November}}, UNHCR said on Tuesday, with
    arrivals peaking at [[4,000 a day|displaced;a=UNHCR]] in the first week. Babar Baloch, a
    UNHCR spokesperson, told a briefing in Geneva that the Hamdayet transit centre, built for
    [[300 people|capacity;a=Babar Baloch]], was sheltering [[more than 20,000|displaced;a=Babar
    Baloch]]. The agency has begun relocating refugees to Um Rakuba camp, {{70 kilometres}}
    inland, where [[around 9,000|displaced;a=Babar Baloch]] have arrived since the first
    buses left on {{14 November}}, he said. It aims to move [[a further 4,000|displaced;p;a=UNHCR]]
    this week. {{Nearly 45 percent}} of the arrivals are children, and many crossed the Tekeze
    river on foot or in small boats. UNHCR has appealed for {{$147 million}} to
    support [[up to 100,000 refugees|displaced;p;a=UNHCR]] over the next {{six months}}.""",
)

item(
    "Tawila overwhelmed as hundreds of thousands flee Zamzam",
    """The town of Tawila, about {{60 kilometres}} west of El Fasher in Sudan's North Darfur,
    has received [[more than 350,000 people|displaced;a=Doctors Without Borders]] since the
    Rapid Support Forces overran Zamzam camp in mid-April, Doctors Without Borders said on
    Thursday. [[Another 10,000|displaced;a=the charity;alt=Doctors Without Borders]] arrived on
    Sunday alone, the charity added, many of them after walking for {{three days}} without
    water. Zamzam had held [[an estimated 500,000 people|displaced]], many of whom fled
    there from earlier fighting. The UN says [[at least 300 civilians|killed;a=The UN]] were
    killed when the RSF stormed the camp. In Tawila, there is one latrine for every
    {{800 people}}, and families get {{three litres}} of water a day, well short of the
    emergency standard. The Norwegian Refugee Council said it had put up
    [[2,300 emergency shelters|capacity;a=The Norwegian Refugee Council]] and distributed food
    to [[about 20,000 families|aid;a=The Norwegian Refugee Council]]. MSF surgeons have
    treated [[140 wounded|injured;n=wounded]] since the attack. The UN plans to send
    [[250 trucks|aid;p;a=The UN]] of food and shelter materials through the Adré crossing
    in the coming month, if the parties guarantee safe passage. "The rains start in
    {{two weeks}} and people are sleeping under trees," said Mohamed Adam, a community
    leader in Tawila.""",
)

item(
    "Evacuation flight brings refugees from Libyan detention to Niger",
    """[[A further 130 refugees|displaced;a=UNHCR]] were flown from Tripoli to Niamey on
    Thursday under the Emergency Transit Mechanism, UNHCR said, bringing to
    [[2,913|displaced;a=UNHCR]] the number evacuated from Libya to Niger since
    {{November 2017}}. Most of those on Thursday's flight, Eritreans, Somalis and Sudanese,
    had been held in the Tajoura and Zintan detention centres, some for {{more than a year}}.
    The transit centre in Hamdallaye, outside Niamey, has space for [[1,500 people|capacity]].
    Of those evacuated, [[1,856|displaced;a=the agency;alt=UNHCR]] have been resettled, the
    agency said, to [[13 countries|other;u=other]] including Canada, France, Sweden and
    Norway. France has pledged to take [[another 350|displaced;p;a=France]] next year. In
    Libya, [[about 5,200 people|arrested;a=UNHCR]] are held in official detention centres,
    UNHCR estimates, and the Libyan coast guard has intercepted and returned
    [[more than 8,000|returned;a=the International Organization for Migration]] this year,
    according to the International Organization for Migration. The minimum processing time
    in Niger is {{six months}}. "We need more countries to open their doors," said Vincent
    Cochetel, UNHCR's special envoy for the central Mediterranean.""",
)
