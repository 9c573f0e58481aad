"""dev210 items: Adré and the camps of eastern Chad, Zamzam, Tawila, Um Rakuba and the White
Nile camps in Sudan, the camps of Maiduguri and Borno, Cabo Delgado's displacement sites and
the camps around Goma (16 items, 2 of them without a figure)."""

from _wrap import item

item(
    "Adré's makeshift camp swells as Darfur refugees keep coming",
    """[[About 150,000 Sudanese refugees|displaced;a=Médecins Sans Frontières]] are now sheltering
    in and around Adré, a Chadian border town of [[some 40,000 residents|civilians;a=Médecins Sans
    Frontières]], Médecins Sans Frontières said on Thursday. [[More than 20,000|displaced]]
    crossed in a single week after the killings in El Geneina. The town's hospital has treated
    [[over 900 wounded|injured;a=MSF]] since mid-June, MSF said, most with gunshot wounds.
    Families told aid workers that [[dozens of relatives|missing;a=Families]] had gone missing on
    the {{30 km}} road from El Geneina. UNHCR is moving [[about 2,000 people a
    day|displaced;a=UNHCR]] by truck to camps further from the border, and plans [[three new
    camps|capacity;p;a=UNHCR]] at Farchana and Ourang, it said. At the makeshift site there is
    {{one latrine for every 500 people}}.""",
)

item(
    "Hepatitis E spreads in eastern Chad camps as latrines fall short",
    """Health authorities in eastern Chad have recorded [[2,100 suspected cases|other;a=Health
    authorities in eastern Chad]] of hepatitis E and [[44 deaths|killed;a=Health authorities in
    eastern Chad]] in the camps around Adré since {{July}}, most of them among pregnant women. The
    WASH cluster said partners had built [[1,800 latrines|aid;a=The WASH cluster]] in the new
    camps but that [[another 6,000|aid;p;u=other;a=The WASH cluster]] were needed to meet
    minimum standards. Water reaches the camps in [[60 lorries a day|aid]] from boreholes near
    the wadi, and [[46 water points|aid;u=other]] have been installed. [[About 200,000
    people|civilians;a=the cluster;alt=The WASH cluster]] still get less than {{10 litres}} a
    day, the cluster said. The rainy season, which begins in {{June}}, usually brings a rise in
    cases.""",
)

item(
    "MSF says a child dies every two hours in Zamzam camp",
    """A child is dying roughly every {{two hours}} in Zamzam camp in North Darfur, Médecins Sans
    Frontières said on Monday, calling it a catastrophic nutrition crisis. The camp, on the edge
    of El Fasher, is home to [[some 500,000 people|displaced]]. MSF said it had treated [[2,400
    children|other;a=MSF]] for severe acute malnutrition at its clinic in the camp since
    {{January}}, and that [[13 children|killed;a=MSF]] had died there in the past {{week}}. [[Fifteen
    trucks|aid]] of food, the first in {{four months}}, reached the camp on Sunday. [[About 300
    newly displaced families a day|displaced]] are arriving from villages around El Fasher.
    [[Fewer than 40 health workers|other]] remain in the camp, according to local volunteers.""",
)

item(
    "RSF assault on Zamzam sends hundreds of thousands fleeing to Tawila",
    """[[More than 400 people|killed;a=the UN]] were killed when the Rapid Support Forces stormed
    Zamzam camp, the UN said, and [[between 400,000 and 500,000 people|displaced;a=the UN]] were
    forced to flee. Relief International said [[ten of its staff|killed;a=Relief
    International]] were killed when the RSF overran its clinic. The IOM's Displacement Tracking
    Matrix said [[about 180,000 people|displaced;a=The IOM's Displacement Tracking Matrix]] had
    reached Tawila, {{60 km}} to the west, within days. Survivors said RSF fighters had abducted
    [[dozens of women|kidnapped;a=Survivors]] and girls. UNICEF said [[hundreds of
    children|missing;a=UNICEF]] had been separated from their families on the road. Witnesses
    estimated that [[several thousand RSF fighters|combatants;a=Witnesses]] took part in the
    assault, which began at dawn on {{April 11}}.""",
)

item(
    "Tawila's camps struggle to cope as population passes 600,000",
    """The population of the displacement sites around Tawila in North Darfur has passed
    [[600,000|displaced;a=the Norwegian Refugee Council]], the Norwegian Refugee Council said on
    Wednesday, and [[200-250 new families a day|displaced;a=the Norwegian Refugee Council]] are
    still arriving. Partners have built [[only 1,100 latrines|aid]], and the NRC said [[more than
    5,000|aid;p;u=other;a=the NRC;alt=the Norwegian Refugee Council]] are needed. [[23 water
    points|aid;u=other]] serve the sites. Health officials have recorded [[1,800 cholera
    cases|other;a=Health officials]] and [[45 deaths|killed;a=Health officials]] since {{late
    June}}. The shelter cluster estimates that [[about 40,000 emergency shelters|capacity;p;a=The
    shelter cluster]] are still needed before the rains.""",
)

item(
    "Maiduguri flood drives hundreds of thousands into camps",
    """[[About 414,000 people|displaced;a=the National Emergency Management Agency (NEMA)]] have
    been displaced by the flood that swept through Maiduguri after the Alau dam gave way, the
    National Emergency Management Agency (NEMA) said on Thursday. Borno State Emergency
    Management Agency said [[at least 37 people|killed;a=Borno State Emergency Management
    Agency]] had died and [[some 40 people|missing;a=Borno State Emergency Management Agency]]
    were still missing. [[More than 30 camps|capacity]] have been opened in schools and public
    buildings across the city. Prison officials said [[about 280 inmates|other;a=Prison
    officials]] escaped when the flood knocked down walls of the Maiduguri correctional centre.
    Health authorities have since reported [[about 450 cholera cases|other;a=Health
    authorities]] in the camps.""",
)

item(
    "Borno closes Maiduguri camps and sends families back to rebuilt towns",
    """Borno State closed [[eight camps|capacity]] in Maiduguri last year and moved [[about 140,000
    people|returned;a=the state government]] back to their home towns, the state government said.
    Each returning household was given {{N100,000}} and a bag of food. The government says it has
    rebuilt [[about 7,000 houses|housing;a=The government]] in Bama, Gwoza and Dikwa since {{2020}}.
    Human Rights Watch said [[hundreds of families|displaced;a=Human Rights Watch]] had fled again
    after attacks near their towns, and local officials said [[at least 20
    returnees|kidnapped;a=local officials]] were abducted by ISWAP fighters while farming in
    {{August}}. [[More than 2 million people|displaced]] remain displaced in the northeast,
    according to the IOM. The governor says all camps in Maiduguri will close by {{2026}}.""",
)

item(
    "Women abducted while collecting firewood outside Borno camp",
    """Boko Haram fighters abducted [[at least 25 women|kidnapped;a=residents]] who had left a camp
    for displaced people near Dalori to collect firewood, residents said on Monday. [[Nine
    others|kidnapped;a=residents]] escaped their captors and walked back to the camp overnight,
    they said. The camp is home to [[about 20,000 displaced people|displaced]]. [[Some 200
    soldiers|combatants;a=a military spokesman]] guard its perimeter, a military spokesman said,
    but women have to walk several kilometres for wood. In {{March}} [[two women|killed]] were
    found dead in the bush near the same camp. WFP said it had given fuel-efficient stoves to
    [[5,000 households|aid;a=WFP]] in Maiduguri's camps to cut the need for wood.""",
)

item(
    "Cabo Delgado displacement sites strain as Pemba boat arrivals rise",
    """[[More than 100 boats|other;a=the IOM]] carrying people fleeing attacks on the coast have
    landed at Paquitequete beach in Pemba since Friday, the IOM said, bringing [[about 11,000
    people|displaced;a=the IOM]] in {{two weeks}}. The agency's Displacement Tracking Matrix
    counts [[about 730,000|displaced;a=The agency's Displacement Tracking Matrix;alt=the IOM]]
    displaced people in Cabo Delgado, many of them in [[80 resettlement
    sites|capacity;a=The agency's Displacement Tracking Matrix;alt=the IOM]]. Human Rights Watch said
    insurgents had abducted [[dozens of children|kidnapped;a=Human Rights Watch]] in Macomia and
    Quissanga. [[About 600,000|returned]] have gone back to Mocímboa da Praia, Palma and other
    towns since {{2022}}. WFP has halved rations for [[about 900,000 people|aid]] because of a
    funding shortfall.""",
)

item(
    "Attacks in Chiure empty villages and fill schools",
    """[[More than 110,000 people|displaced;a=the IOM]] fled Chiure district in Cabo Delgado after
    insurgents attacked villages in early {{February}}, the IOM said. [[37 schools|capacity]] in
    Chiure town are being used as shelters, and [[at least 70 schools|other]] in the district
    have closed. Local officials said [[seven villagers|killed;a=Local officials]] were beheaded in
    Mazeze. Médecins Sans Frontières said [[between 1,500 and 2,000 people a day|displaced;a=Médecins
    Sans Frontières]] were crossing the Lúrio river into Eráti in Nampula province. Authorities
    opened [[two reception centres|capacity]] in Eráti.""",
)

item(
    "Bombs hit displacement camps near Goma",
    """[[At least 35 people|killed;a=the UN]], many of them children, were killed when bombs fell
    on displacement camps on the edge of Goma on Friday, the UN said. Hospital sources said
    [[about 37 wounded|injured;a=Hospital sources]] were brought in. MSF said its teams had
    treated [[27 wounded|injured;a=MSF]] at the Mugunga site. [[More than 600,000
    people|displaced]] live in camps around Goma, and [[a further 135,000|displaced;a=the IOM]]
    have arrived since January, the IOM said. MSF said it had treated [[more than 17,000
    survivors|other;a=MSF]] of sexual violence in the camps last year.""",
)

item(
    "M23 orders displaced people out of Goma camps",
    """{{M23}} rebels gave residents of the camps around Goma {{72 hours}} to leave, aid agencies
    said, as the group tightened its grip on the city. [[About 650,000 people|displaced]] lived in
    the camps before Goma fell. UNHCR said [[more than 110,000|returned;a=UNHCR]] had gone back to
    Masisi and Rutshuru, many to find their fields occupied. Fighters tore down [[dozens of
    shelters|housing]] at Bulengo, and the Red Cross said [[some 30 people|missing;a=the Red
    Cross]] from the camp had not been traced. [[About 3,000 people|killed;a=the UN]] were killed
    in the battle for Goma, according to the UN. [[About 4,000 prisoners|other]] escaped from
    Munzenze prison. UN experts say the rebels are backed by [[3,000 to 4,000 Rwandan
    troops|combatants;a=UN experts]].""",
)

item(
    "Tigrayan refugees pour into Sudan's Um Rakuba camp",
    """[[More than 40,000 Ethiopians|displaced;a=Sudan's Commission for Refugees]] have crossed into
    eastern Sudan since fighting began in Tigray, Sudan's Commission for Refugees said, with
    [[about 4,000 a day|displaced;a=Sudan's Commission for Refugees]] arriving at the peak. Um
    Rakuba camp, unused for {{two decades}}, was reopened with room for [[10,000
    people|capacity]] and now holds [[about 19,000|displaced]]. The Hamdayet transit centre at
    the border was built for [[300|capacity]]. UNHCR said it had built [[200 latrines|aid;a=UNHCR]]
    in Um Rakuba and that [[another 1,000|aid;p;u=other;a=UNHCR]] were needed. About {{45%}} of the
    refugees are children.""",
)

item(
    "Measles and malnutrition kill children in White Nile refugee camps",
    """[[More than 1,200 young children|killed;a=the World Health Organization]] have died of
    suspected measles and malnutrition in [[nine camps|capacity;a=the World Health
    Organization]] in Sudan's White Nile state since {{mid-May}}, the World Health Organization
    said. The camps hold [[some 144,000 South Sudanese refugees|displaced]], and [[thousands of
    newcomers|displaced]] have arrived from Khartoum. Health officials recorded [[about 3,100
    suspected measles cases|other;a=Health officials]]. UNICEF and the health ministry vaccinated
    [[about 200,000 children|aid]] in a campaign that ended on {{September 30}}.""",
)

item(
    "Eastern Chad camps endure 48C heat as rains fail",
    """Temperatures in the camps around Farchana reached {{48C}} in the shade on Tuesday, the
    hottest day since records began in {{1961}}, Chad's weather service said. The rains, due in
    {{June}}, have been {{three weeks}} late. Aid workers said the price of a {{20-litre}}
    jerrycan of water at private stands had risen to {{500 CFA francs}}, about {{80 cents}}.
    Schools have shortened the day to {{four hours}}.""",
)

item(
    "Water price doubles in Goma's camps",
    """The price of a {{20-litre}} jerrycan of water in the camps west of Goma has doubled to
    {{500 Congolese francs}} since {{February}}, aid agencies said. Cash transfers of {{$60}} a
    month per family were suspended in {{March 2025}}. Residents said they walk up to {{3 km}} to
    fetch water from Lake Kivu. The Goma water utility lost {{40 percent}} of its output when
    the power line was cut on {{January 26}}.""",
)
