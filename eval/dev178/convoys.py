"""Aid into sieges: convoys and trucks let in, turned back or attacked, airdrops and
airlifts, and the people starved while they waited (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Aid convoy reaches starving Madaya",
    """A convoy of [[44 trucks|aid;a=the ICRC]] carrying food, medicine and blankets entered
    Madaya on Monday evening, while [[21 trucks|aid;a=the ICRC]] reached the pro-government
    villages of Foua and Kefraya, the ICRC said. The food is enough for
    [[40,000 people|aid;a=an ICRC spokeswoman]] for {{one month}}, an ICRC spokeswoman in
    Damascus said. UN staff who entered with the convoy said they had seen
    [[dozens of emaciated people|civilians;a=UN staff]] in the streets. The World Food Programme
    said the trucks carried [[7,800 food parcels|aid;a=The World Food Programme]] and
    [[40 tonnes|aid;a=The World Food Programme]] of wheat flour.
    [[At least 28 people|killed;a=MSF]] have died of hunger in Madaya since {{December 1}},
    according to MSF.""",
)

item(
    "Serbs turn back food convoy bound for Srebrenica",
    """BELGRADE (Reuters) - Bosnian Serbs turned back a UNHCR convoy of
    [[11 trucks|aid;a=a UNHCR spokesman]] carrying [[about 120 tonnes|aid;a=a UNHCR spokesman]]
    of food for the Srebrenica enclave on Tuesday, a UNHCR spokesman said. Of
    [[14 convoys|aid;p;a=the spokesman;alt=a UNHCR spokesman]] planned for the enclave this
    month, only [[two|aid;u=other;a=the spokesman;alt=a UNHCR spokesman]] have got through, the
    spokesman said. Dutch peacekeepers said their [[430 soldiers|combatants;a=Dutch
    peacekeepers]] were down to {{two days}} of fresh food. Doctors said
    [[at least eight people|killed;a=Doctors]], most of them elderly, had died of hunger in
    {{June}}. The enclave holds [[about 40,000 people|civilians]], many of them refugees from
    villages overrun in {{1992}}.""",
)

item(
    "Only 87 aid trucks enter Gaza as hunger deaths mount",
    """Israel allowed [[87 trucks|aid;a=the UN]] of aid into Gaza on Thursday, the UN said,
    against [[about 500 trucks a day|aid;a=the UN]] before the war. Only
    [[37|aid;u=other]] reached UN warehouses; the rest were stripped by hungry crowds along
    the road.
    Gaza's health ministry said [[at least 154 people|killed;a=Gaza's health ministry]] had died
    of malnutrition since the war began, including
    [[89 children|killed;a=Gaza's health ministry]]. Jordan and the United Arab Emirates
    airdropped [[104 pallets|aid]] of food on Sunday, but
    [[three people|injured;a=civil defence officials]] were hurt when a pallet fell on a tent,
    civil defence officials said. [[More than 1,000 people|killed;a=the UN human rights
    office]] have been killed near aid sites and along convoy routes since {{May}}, the UN
    human rights office said.""",
)

item(
    "Tigray aid convoys halted for a month as fuel runs out",
    """ADDIS ABABA (Reuters) - The UN Office for the Coordination of Humanitarian Affairs said
    [[1,338 trucks|aid;a=The UN Office for the Coordination of Humanitarian Affairs]] had
    entered Tigray since {{July 12}}, about {{10 per cent}} of the
    [[100 trucks a day|aid;p;a=The UN Office for the Coordination of Humanitarian Affairs]]
    needed. No convoy has reached the region since {{December 14}}, it said. OCHA said
    [[5.2 million people|civilians;a=OCHA]] in Tigray need food aid,
    [[more than 400,000 of them|civilians;n=-;a=OCHA]] in famine-like conditions. Aid workers
    said [[about 150 trucks|aid;a=Aid workers]] were stuck in Semera for lack of fuel. The World
    Food Programme said it had reached [[fewer than 300,000 people|aid;a=The World Food
    Programme]] in its last distribution round, against
    [[2.1 million|aid;p;a=The World Food Programme]] planned.""",
)

item(
    "Jihadists ambush supply convoy bound for Djibo",
    """OUAGADOUGOU (AFP) - Jihadists attacked a convoy of
    [[more than 150 vehicles|aid;a=the army]] carrying supplies to the besieged northern town of
    Djibo on Monday, killing [[11 soldiers|killed;a=the army]] and leaving
    [[50 civilians|missing;a=the army]] unaccounted for, the army said.
    [[Twenty-eight soldiers|injured;a=a security source]] were wounded, a security source said.
    The convoy, escorted by [[about 100 soldiers|combatants]] and volunteer fighters, had been
    due to bring [[more than 200 tonnes|aid;p]] of food. Djibo, home to
    [[more than 300,000 people|civilians]], many of them displaced, has been cut off by road
    since {{February}}. Jihadists have blown up [[four bridges|other;u=other]] on the roads
    leading to the town since {{2022}}.""",
)

item(
    "Gunmen loot WFP trucks north of Port-au-Prince",
    """PORT-AU-PRINCE (Reuters) - Gunmen looted
    [[nine trucks|aid;a=the World Food Programme]] carrying rice, beans and cooking oil on the
    main road north of Port-au-Prince on Tuesday, the World Food Programme said. The agency said
    the cargo would have fed [[about 36,000 people|aid;p;a=The agency;alt=the World Food
    Programme]] for {{a month}}. It said [[two drivers|injured;a=the World Food Programme]] were
    wounded. Gangs control about {{85%}} of the capital. The UN says
    [[5.4 million people|civilians;a=The UN]], nearly {{half}} the population, face acute hunger,
    and [[about 6,000|civilians;a=The UN]] are in famine conditions. Since {{January}},
    [[14 convoys|aid;a=the Logistics Cluster]] have been attacked on national roads, according
    to the Logistics Cluster.""",
)

item(
    "First WFP convoy in months reaches Kadugli",
    """KADUGLI (Sudan Tribune) - A convoy of
    [[16 trucks|aid;a=the World Food Programme]] carrying
    [[about 600 tonnes|aid;a=the World Food Programme]] of food reached Kadugli on Monday, the
    first to get through since {{June}}, the World Food Programme said. The food is enough for
    [[45,000 people|aid;a=WFP]] for {{a month}}, WFP said. [[Another 25 trucks|aid]] are
    waiting in El Obeid for security guarantees. Health workers said
    [[at least 60 children|killed;a=Health workers]] had died of malnutrition at the town's
    main hospital since {{August}}. The convoy took {{11 days}} to cover {{290 km}}, and drivers
    said they had crossed [[23 checkpoints|other;a=drivers]] run by the army and the SPLM-N.""",
)

item(
    "Five aid workers killed as drones hit convoy near El Fasher",
    """[[Five aid workers|killed;a=the United Nations]] were killed when drones struck a joint
    World Food Programme and UNICEF convoy of [[15 trucks|aid;a=the United Nations]] near El
    Koma in North Darfur on Monday, the United Nations said. The trucks were carrying nutrition
    supplies to feed [[about 20,000 children|aid;p]] in El Fasher.
    [[Three drivers|injured;a=UNICEF]]
    were wounded, UNICEF said. The convoy had waited {{three weeks}} for clearance. Radio
    Dabanga's sources said [[at least 12 people|killed;a=Radio Dabanga's sources]] had died of
    hunger in Abu Shouk camp last week. The World Food Programme says
    [[about 1.7 million people|civilians;a=The World Food Programme]] in North Darfur are at
    risk of famine.""",
)

item(
    "UN says 18 trucks destroyed in attack on Aleppo aid convoy",
    """GENEVA (Reuters) - The United Nations said [[18|aid;u=other;a=The United Nations]] of
    [[31 trucks|aid;a=The United Nations]] in an aid convoy were destroyed in an attack near
    Urum al-Kubra, west of Aleppo, on Monday night. The Syrian Arab Red Crescent said
    [[about 20 civilians|killed;a=The Syrian Arab Red Crescent]] and a senior local official
    were killed, and that [[four volunteers|injured;a=The Syrian Arab Red Crescent]] were
    wounded. The
    convoy was carrying food and medicine for [[78,000 people|aid]]. The UN suspended all aid
    convoys in Syria for {{48 hours}}. In besieged eastern Aleppo,
    [[about 250,000 people|civilians]] have had no UN aid since {{July 7}}.""",
)

item(
    "DSWD: 120,000 food packs distributed to Marawi evacuees",
    """MANILA - The Department of Social Welfare and Development (DSWD) said on Friday it had
    distributed [[more than 120,000 family food packs|aid;a=The Department of Social Welfare and
    Development (DSWD)]] to people displaced by the siege of Marawi. The packs reached
    [[about 46,000 families|aid]] in Lanao del Sur and Iligan. The agency said
    [[some 2,000 displaced families|displaced;a=The agency;alt=The Department of Social Welfare
    and Development (DSWD)]] were still in [[18 evacuation centres|capacity;a=The agency;alt=The
    Department of Social Welfare and Development (DSWD)]], the rest with relatives. The World
    Food Programme said it had airlifted [[50 tonnes|aid;a=The World Food Programme]] of
    high-energy biscuits. A cash grant of {{₱5,000}} was paid to
    [[about 13,000 households|aid;a=the agency;alt=The Department of Social Welfare and
    Development (DSWD)]] whose homes lay inside the battle zone, the agency said.""",
)

item(
    "Russian checkpoint turns back Mariupol aid convoy",
    """A convoy of [[eight trucks|aid;a=Iryna Vereshchuk]] carrying
    [[90 tonnes|aid;a=Iryna Vereshchuk]] of food and medicine was turned back at a Russian
    checkpoint outside Mariupol on Sunday, Deputy Prime Minister Iryna Vereshchuk said. The
    International Committee of the Red Cross said its team of
    [[nine people|other;a=The International Committee of the Red Cross]] in
    [[three vehicles|other;a=The International Committee of the Red Cross]] had been forced to
    return to Zaporizhzhia after finding the route impassable. Ukrainian officials said
    [[about 200,000 people|civilians;a=Ukrainian officials]] remained in the city, which has
    been without water, heating and power for {{10 days}}. The city council said
    [[1,582 residents|killed;a=The city council]] had been killed.""",
)

item(
    "Bread run to Bakhmut",
    """Every morning, a van carrying [[about 1,500 loaves|aid]] of bread leaves Kostiantynivka
    for Bakhmut, {{25 kilometres}} away. Volunteers say
    [[about 3,000 people|aid;a=Volunteers]] queue for it in the city's cellars and courtyards.
    [[Two volunteers|killed]] were killed by shelling last month while unloading. The regional
    administration says [[about 5,000 civilians|civilians;a=The regional administration]]
    remain, among them [[about 140 children|civilians;a=The regional administration]]. The Red
    Cross has installed [[12 water tanks|aid]] in the city centre.""",
)

item(
    "First aid trucks cross Rafah into Gaza",
    """[[Twenty trucks|aid;a=the Egyptian Red Crescent]] of aid crossed from Egypt into Gaza
    through the Rafah crossing on Saturday, the Egyptian Red Crescent said, while
    [[more than 200 trucks|aid;a=the Egyptian Red Crescent]] carrying
    [[about 3,000 tonnes|aid;a=the Egyptian Red Crescent]] of supplies waited on the Egyptian
    side. UN Secretary-General Antonio Guterres said Gaza needed
    [[100 trucks a day|aid;p;a=Antonio Guterres]]. Gaza's [[2.3 million people|civilians]] have
    been under total siege since {{October 9}}. The UN said
    [[about 1.4 million people|displaced;a=The UN]] had fled their homes,
    [[more than 500,000 of them|displaced;n=-;a=The UN]] sheltering in
    [[150 UNRWA schools|capacity;a=The UN]]. No fuel was allowed in.""",
)

item(
    "Hunger kills 1,400 in Tigray since aid pause, officials say",
    """MEKELLE (AFP) - [[More than 1,400 people|killed;a=Tigray's interim administration]] have
    died of hunger in Tigray since food aid was suspended {{four months}} ago, Tigray's interim
    administration said on Tuesday. Officials said
    [[about 730 of them|killed;n=-;a=Officials]] died in the Central zone. US and UN agencies
    suspended food aid in {{May}} after investigators found
    [[thousands of tonnes|aid]] of donated wheat on sale in markets. Tigray still has
    [[more than 1 million displaced people|displaced]] living in
    [[about 600 displacement sites|capacity]]. [[About 20 million people|civilians;a=the UN]]
    across Ethiopia need food aid, the UN says.""",
)

item(
    "Flour at $500 a sack in northern Gaza",
    """In Gaza City, a {{25-kilo}} sack of flour sold for {{$500}} on Monday, up from {{$60}}
    in {{January}}, traders said. A kilo of sugar cost {{180 shekels}}. No aid convoy has
    reached the north for {{18 days}}, and bakeries have been shut since {{October 2023}}.
    "We eat once a day, if that," said Umm Khaled, {{43}}.""",
)

item(
    "El Fasher siege passes 500 days",
    """The siege of El Fasher reached its {{500th day}} on Friday. The city lies about
    {{800 km}} west of Khartoum and {{195 km}} from the Chadian border. Food prices have risen by
    {{400%}} since {{2023}}, according to traders. Residents now eat ambaz, the husks left over
    after pressing peanuts for oil, once a day.""",
)
