"""dev216 items: the Sahara and Niger's Agadez, Algeria's expulsions, Libya's desert and the
Tunisian border, Melilla's fence, Sudanese crossing into Chad, Egypt and Libya (17 texts, 2 of
them without a figure)."""

from _wrap import item

item(
    "IOM teams pull stranded migrants from Niger's desert",
    """NIAMEY - IOM search-and-rescue teams in northern Niger rescued [[more than 1,100
    migrants|other;a=the UN agency;alt=IOM]] stranded in the Ténéré desert between April and
    December, the UN agency said on Friday. Many had been abandoned by drivers who feared army
    patrols on the track between Agadez and the Libyan border, roughly {{700 kilometres}} to
    the north. Near Séguédine, rescuers found the bodies of [[eight people|killed]], including
    [[five children|killed]], beside a broken-down pickup. Since {{2014}}, the Missing Migrants
    Project has recorded [[more than 1,500 deaths|killed;a=the Missing Migrants Project]] in
    the Sahara, and it believes the real number is far higher. The agency's transit centre in
    Agadez, with room for [[400 people|capacity]], was housing [[about 1,000|displaced]] this
    week, most of them waiting for flights home. IOM flew [[2,600 people|returned]] home to
    Guinea, Mali and Senegal over the same period.""",
)

item(
    "Niger's junta scraps anti-smuggling law, Agadez drivers back on the road",
    """AGADEZ, Niger - Niger's military government has repealed Law {{2015-36}}, which made it
    a crime to transport migrants through the desert north of Agadez. Under the law, [[more
    than 280 drivers|arrested;a=a lawyers' association in Agadez]] and middlemen were jailed
    and [[about 300 vehicles|other;a=a lawyers' association in Agadez]] were seized, according
    to a lawyers' association in Agadez. Transporters said on Monday that [[at least 50
    pickups|other;a=Transporters]] had left for Libya and Algeria in weekly convoys since the
    repeal. The European Union, which paid for much of the crackdown, said it was "concerned".
    Agadez, a town of [[about 150,000 people|civilians]], lost most of its income when the
    trade went underground in {{2016}}. IOM said [[about 4,000 migrants|displaced;a=IOM]] were
    staying in compounds, known locally as ghettos, waiting to travel north. A seat on a pickup
    to Sebha now costs about {{150,000 CFA francs}}, drivers said.""",
)

item(
    "MSF says Algeria has expelled over 20,000 migrants to Niger's desert border",
    """Algeria has expelled [[more than 20,000 migrants|returned;a=Doctors Without Borders]]
    across the desert border into Niger since January, Doctors Without Borders said on
    Wednesday, many of them dropped at a spot known as Point Zero, {{15 kilometres}} from the
    nearest village. In that village, Assamaka, which has [[about 1,500
    inhabitants|civilians;a=the charity;alt=Doctors Without Borders]], [[some 4,500
    people|displaced;a=the charity;alt=Doctors Without Borders]] were sleeping in the open
    around an IOM centre built for [[1,000|capacity;a=the charity;alt=Doctors Without
    Borders]], the charity said. MSF said its clinic in Assamaka had treated [[186
    people|injured;a=MSF]] for injuries they said were inflicted by Algerian security forces.
    Temperatures in the village reach {{48C}} in May. Niger's interior ministry said [[2,100
    Nigeriens|returned;a=Niger's interior ministry]] were among those expelled in the past
    {{three months}}.""",
)

item(
    "Libyan authorities exhume 28 bodies from desert grave near Kufra",
    """Security forces in southeastern Libya recovered [[28 bodies|killed;a=the Kufra Security
    Directorate]] from a mass grave in the desert outside Kufra on Saturday, the Kufra Security
    Directorate said. The discovery came days after [[76 migrants|kidnapped;a=the
    directorate;alt=the Kufra Security Directorate]] were freed from a trafficking warehouse in
    the town, the directorate said. Some had been held for {{two months}} and tortured while
    their families were called for ransoms of up to {{$4,000}}. [[Seven|injured;a=a hospital
    official]] were taken to hospital with gunshot wounds, a hospital official said. Police
    said [[five suspected traffickers|arrested;a=Police]] had been arrested. The UN mission in
    Libya (UNSMIL) said it was alarmed and called for an investigation. IOM's Missing Migrants
    Project has documented [[more than 2,000 deaths|killed;a=IOM's Missing Migrants Project]]
    in the Libyan desert since {{2014}}, and [[some 400 people|missing;a=IOM's Missing Migrants
    Project]] who vanished there.""",
)

item(
    "Bodies of migrants found in desert on Libya-Tunisia border",
    """Libyan border guards said on Sunday they had found the bodies of [[27
    migrants|killed;a=Libyan border guards]] in the desert near Al-Assah, close to the Tunisian
    border. The guards said they had rescued [[more than 1,200 others|other;a=The
    guards;alt=Libyan border guards]] over the past week, many of them left in the desert by
    Tunisian forces without food or water. Human Rights Watch said Tunisian police and soldiers
    had expelled [[between 500 and 700 people|returned;a=Human Rights Watch]] from the port
    city of Sfax to the Libyan border early in the month. [[About 350 people|displaced;a=the
    Tunisian Red Crescent]], including [[12 pregnant women|displaced;a=the Tunisian Red
    Crescent]] and [[65 children|displaced;a=the Tunisian Red Crescent]], remain stranded in a
    buffer zone at the Ras Jedir crossing, the Tunisian Red Crescent said. Survivors said
    [[about 80 people|missing;a=Survivors]] from their groups had not been seen since they were
    dropped near the border. Temperatures in the area exceed {{40C}} in July.""",
)

item(
    "Chad's Adré overwhelmed as Sudanese flee West Darfur killings",
    """ADRÉ, Chad - [[More than 12,000 refugees|displaced;a=the UN refugee agency]] crossed
    from Sudan's West Darfur into eastern Chad in the space of {{three days}}, the UN refugee
    agency said on Saturday. MSF said its team at Adré hospital had treated [[about 850 wounded
    people|injured;a=MSF]] since mid-June, most with gunshot wounds, and that
    [[48|killed;a=MSF]] had died. Mariam Abakar, who reached Adré with her children, said
    [[about 200 homes|housing;a=Mariam Abakar]] in her neighbourhood of El Geneina had been
    burned. Chad's army said it had sent [[1,000 soldiers|combatants;a=Chad's army]] to
    reinforce the border. UNHCR has moved [[more than 3,000 refugees|displaced]] from the
    border to the new Ourang camp, built for [[30,000 people|capacity]]. The agency expects
    [[up to 250,000 more people|displaced;p;a=The agency;alt=the UN refugee agency]] to cross
    before the end of the year.""",
)

item(
    "WFP warns of ration cuts for Sudanese refugees in eastern Chad",
    """The World Food Programme (WFP) said on Tuesday that it was providing monthly rations to
    [[about 1.2 million people|aid;a=The World Food Programme (WFP)]] in eastern Chad, among
    them [[some 700,000 Sudanese refugees|aid;a=The World Food Programme (WFP)]]. Without new
    funding, the agency said, [[as many as 900,000 people|aid;p;a=the agency;alt=The World Food
    Programme (WFP)]] would see their rations halved from {{July}}. Chad now hosts [[more than
    1.3 million refugees|displaced;a=UNHCR]], according to UNHCR. [[About 200,000|displaced]]
    are still living in makeshift shelters at the Adré border site, which has only [[1,200
    latrines|aid]]. UNHCR plans to open [[three new camps|capacity;p;a=UNHCR]] before the rainy
    season. OCHA says [[about 2.5 million people|civilians;a=OCHA]] in the east of the country
    need humanitarian assistance. Acute malnutrition among children {{under five}} in the site
    has reached {{14%}}.""",
)

item(
    "Sudanese queue for days at Argeen as Egypt tightens entry rules",
    """[[More than 250,000 people|displaced;a=Egypt's foreign ministry]] have crossed from
    Sudan into Egypt since fighting erupted in Khartoum in {{April}}, Egypt's foreign ministry
    said on Monday. At the Argeen and Qustul crossings, [[thousands of people|displaced]] have
    waited in buses and in the open for up to {{five days}}. The Egyptian Red Crescent said it
    had handed out [[120,000 meals|aid;a=The Egyptian Red Crescent]] and [[18,000 hygiene
    kits|aid;a=The Egyptian Red Crescent]] at the crossings, and that it would set up [[two
    more tent camps|capacity;p;a=The Egyptian Red Crescent]] near Abu Simbel. Health workers
    said [[at least five people|killed;a=Health workers]], among them an elderly man with
    diabetes, had died while waiting. Egypt now requires visas for Sudanese men aged {{16 to
    50}}, and bus companies in Khartoum have raised the fare to the border to about {{$500}}.
    Aid groups estimated that [[around 60,000 Sudanese|displaced;a=Aid groups]] were staying in
    Aswan.""",
)

item(
    "Amnesty says Egypt rounded up and deported Sudanese refugees",
    """Egyptian authorities arrested [[thousands of Sudanese refugees|arrested;a=Amnesty
    International]] and deported [[about 800|returned;a=Amnesty International]] of them between
    January and March, Amnesty International said in a report on Wednesday. The rights group
    said detainees, including [[at least 14 children|arrested;a=The rights group;alt=Amnesty
    International]], were held in a compound run by the army's border guard before being bussed
    to the Sudanese border. The report is based on interviews with [[27 refugees|other]] and
    their relatives. Egypt's government has said it hosts [[9 million
    migrants|displaced;a=Egypt's government]] and asked donors for more support. UNHCR says
    [[about 500,000 Sudanese|displaced;a=UNHCR]] have registered with it in Egypt since {{April
    2023}}. The agency's Cairo office is booking registration appointments up to {{six months}}
    ahead.""",
)

item(
    "Death toll at Melilla border fence rises to 23, Moroccan authorities say",
    """The number of migrants who died during an attempt to climb the fence between Morocco and
    the Spanish enclave of Melilla has risen to [[23|killed;a=Moroccan authorities]], Moroccan
    authorities said on Saturday. The Moroccan Association for Human Rights (AMDH) said the
    toll was [[at least 27|killed;a=The Moroccan Association for Human Rights (AMDH)]] and that
    [[64 people|missing;a=The Moroccan Association for Human Rights (AMDH)]] remained
    unaccounted for. Moroccan authorities said [[140 security officers|injured;a=Moroccan
    authorities]] and [[76 migrants|injured;a=Moroccan authorities]] were hurt. [[About 2,000
    people|other;a=Spanish officials]] approached the {{six-metre}} fence at dawn on Friday and
    [[133|displaced;a=Spanish officials]] got over it into Melilla, Spanish officials said.
    Moroccan prosecutors have charged [[65 migrants|arrested]] with illegal entry and violence.""",
)

item(
    "Unaccompanied children among new arrivals in Chad's Ouaddaï, UNICEF says",
    """UNICEF said on Thursday that [[more than 4,700 unaccompanied or separated
    children|displaced;a=UNICEF]] had been registered in eastern Chad since the war in Sudan
    began, and that [[about 60 children a week|displaced;a=UNICEF]] were still arriving alone
    at the border. The agency said it had reunited [[about 1,100|other;a=The
    agency;alt=UNICEF]] of them with relatives in the camps or in Sudan. The Farchana camp,
    designed for [[25,000 people|capacity;a=camp officials]], now holds [[more than
    60,000|displaced;a=camp officials]], camp officials said. [[Two teenage boys|killed;a=a
    UNICEF spokesperson]] drowned crossing a flooded wadi near the border in {{August}}, a
    UNICEF spokesperson said. Children who arrive alone are placed with foster families after
    {{72 hours}} in a transit tent.""",
)

item(
    "What the desert road north from Agadez costs",
    """A seat in the back of a pickup from Agadez to Sebha in southern Libya costs between
    {{300,000}} and {{400,000 CFA francs}}, or roughly {{$500}} to {{$650}}, drivers say. The
    {{1,000-kilometre}} drive takes {{four to six days}}, with daytime temperatures above
    {{45C}} in summer. Drivers carry {{20-litre}} jerrycans of water and buy fuel in Dirkou,
    about {{600 km}} north of Agadez. Bribes at checkpoints add about {{10%}} to the price.
    Before Law {{2015-36}} was passed, the trip cost about half as much.""",
)

item(
    "Egypt's visa rule for Sudanese: a timeline",
    """Egypt ended visa-free entry for Sudanese women, children and men over {{50}} on {{June
    10, 2023}}, ending a concession in place since the {{2004}} {{Four Freedoms}} agreement.
    Consular fees at Wadi Halfa rose to {{$25}}, and the wait for an appointment grew to
    {{three weeks}} or more. Khartoum is about {{1,000 km}} by road from the Argeen crossing.
    By {{September 2023}} the Egyptian consulate in Wadi Halfa was issuing visas only on
    Sundays and Wednesdays. The rule remains in force in {{2025}}.""",
)

item(
    "Forty-four migrants die of thirst after truck breaks down in Niger desert",
    """[[Forty-four migrants|killed;a=local officials]], among them [[five
    babies|killed;a=local officials]], died of thirst in the Sahara in northern Niger after
    their truck broke down, local officials said on Thursday. [[Six people|other]] survived by
    walking to the village of Séguédine, {{60 kilometres}} away, and raised the alarm. [[About
    20 others|missing;a=a Red Cross worker in Bilma]] who set off in another direction were
    still unaccounted for, a Red Cross worker in Bilma said. The Nigerien army said it had
    rescued [[more than 600 migrants|other;a=The Nigerien army]] abandoned in the desert since
    {{April}}. IOM said [[at least 52 people|killed;a=IOM]] had died on the route in May alone.
    Temperatures in the area reached {{44C}} this week.""",
)

item(
    "MSF treats escapees from Bani Walid traffickers' prisons",
    """Doctors Without Borders said on Monday its teams had treated [[more than 1,800
    people|injured;a=Doctors Without Borders]] in Bani Walid in northwestern Libya over the
    past year, most of them escapees from "torture houses" run by traffickers. The charity said
    [[at least 18 people|killed;a=The charity;alt=Doctors Without Borders]] had died of their
    injuries in the town's hospital. Local officials estimate [[as many as 10,000
    migrants|kidnapped;a=Local officials]] are held for ransom in and around the town at any
    time, with families asked for {{$5,000}} to {{$10,000}}. In a single escape in May, [[more
    than 100 people|kidnapped;a=survivors]] broke out of a compound and
    [[15|killed;a=survivors]] were shot dead by guards as they ran, survivors told MSF. Libyan
    authorities arrested [[three suspected traffickers|arrested]] after the escape.""",
)

item(
    "Chadian returnees from Darfur wait for land and shelter in Ouaddaï",
    """[[Some 180,000 Chadians|returned;a=IOM]] who had lived in Darfur for decades have come
    back to eastern Chad since {{April 2023}}, IOM said, most with nothing but what they could
    carry. An IOM survey found about {{70 percent}} had no documents. The returnees live in
    [[28 sites|capacity]] along the border. [[More than 40,000 households|aid;a=the
    agency;alt=IOM]] have received shelter kits, the agency said. The government plans to
    resettle [[50,000 families|displaced;p;a=The government]] on land near Abéché. A fire at
    one of the Adré sites in {{February}} destroyed [[about 300 shelters|housing]]. Aid
    agencies have drilled [[14 boreholes|aid]] in the sites since {{2023}}.""",
)

item(
    "Kufra's mayor says Sudanese arrivals overwhelm services",
    """[[More than 40,000 Sudanese|displaced;a=Mayor Abdulrahman Issa]] have reached the Libyan
    desert town of Kufra since the start of the war in their country, Mayor Abdulrahman Issa
    said on Tuesday. Kufra itself has a population of [[about 60,000|civilians]]. The World
    Food Programme said it had sent [[18 trucks|aid;a=The World Food Programme]] carrying
    [[about 300 tonnes|aid;a=The World Food Programme]] of food to the town, and that it
    planned to send [[another 20 trucks|aid;p;a=The World Food Programme]] in {{May}}. Libyan
    authorities have deported [[about 700 Sudanese|returned]] by land since {{March}}. On
    Sunday a truck carrying [[more than 60 people|other;a=the Libyan Red Crescent]] overturned
    on the desert road from the Sudanese border, killing [[seven|killed;a=the Libyan Red
    Crescent]] and injuring [[23|injured;a=the Libyan Red Crescent]], the Libyan Red Crescent
    said. The trip from El Fasher to Kufra covers about {{1,500 km}} and costs up to
    {{$1,200}}.""",
)
