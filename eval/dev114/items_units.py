"""Unit pairs: a count of people in one twin against a count of homes, shelters, tents,
vehicles, tonnes, cases, families, villages, boats, schools, livestock, trucks or households in
the other (12 pairs, U01-U12)."""

from _wrap import item, pair

pair("U01", "homes / people: Idai's destroyed houses, and the people in Beira's camps")
item(
    "Cyclone Idai destroyed more than 100,000 homes in Mozambique, government says",
    """[[More than 100,000 homes|housing;a=the government]] were destroyed or damaged when
    Cyclone Idai tore through central Mozambique, the government said on Monday, most of them
    in and around the port city of Beira. The national disaster institute put the death toll at
    [[602|killed;a=The national disaster institute]]. Whole villages along the Buzi river
    remain under water.""",
)
item(
    "More than 100,000 people in Beira's relief camps after Idai",
    """[[More than 100,000 people|displaced;a=the National Institute for Disaster Management]]
    are living in [[about 150 accommodation centres|capacity;a=the National Institute for
    Disaster Management]] in Sofala province, the National Institute for Disaster Management
    said, most of them schools and churches. Health officials have confirmed [[more than 2,800
    cholera cases|other;a=Health officials]] in Beira since the storm. A vaccination campaign
    begins on Wednesday.""",
)

pair("U02", "people / tents: Moria's burned-out residents, and the tents of the new camp")
item(
    "Moria fire leaves 12,000 asylum seekers without shelter",
    """[[More than 12,000 asylum seekers|displaced;n=asylum seekers]] were left without shelter
    on Lesbos after fires swept through the Moria camp overnight, destroying most of it. The
    camp was built for [[2,750 people|capacity]]. Greek authorities said [[35
    residents|other;a=Greek authorities]] had tested positive for the coronavirus the week
    before, and that [[all 35|missing;a=Greek authorities]] were missing after the blaze.""",
)
item(
    "UNHCR sets up 1,000 tents at emergency camp on Lesbos",
    """UNHCR and the Greek army have put up [[about 1,000 tents|aid;a=officials]] at a former
    firing range in Kara Tepe, able to house [[up to 5,000 people|capacity;a=officials]],
    officials said on Sunday. [[About 9,000 people|displaced;a=aid groups]] are still sleeping
    on the road between Moria and Mytilene, aid groups say. Police used tear gas on Saturday
    when [[hundreds|other]] protested against the new camp.""",
)

pair("U03", "people / vehicles: France's riot arrests, and the cars burned")
item(
    "France riots: 1,311 arrested on third night of unrest",
    """Police arrested [[1,311 people|arrested;a=the interior ministry]] across France
    overnight, the interior ministry said on Saturday, as rioting over the police killing of a
    {{17-year-old}} in Nanterre spread for a {{third}} night. [[About 45,000
    police|combatants]] were deployed. [[Seventy-nine officers|injured]] were hurt.""",
)
item(
    "France riots: 1,350 cars burned, 234 buildings torched in one night",
    """Rioters set fire to [[1,350 vehicles|other;a=the interior ministry]] and [[234
    buildings|housing;a=the interior ministry]] and lit [[2,560 fires|other;u=other;a=the
    interior ministry]] in the streets overnight, the interior ministry said. Town halls,
    police stations and schools were attacked in Marseille, Lyon and the Paris suburbs.
    Insurers estimated the damage at {{more than 650 million euros}}.""",
)

pair("U04", "people / tonnes: Tigray's food aid as people reached, and as tonnes delivered")
item(
    "WFP says it has reached 1.1 million people in Tigray",
    """The World Food Programme said on Friday it had delivered food to [[1.1 million
    people|aid;a=The World Food Programme]] in Tigray since fighting eased in the regional
    capital, Mekelle. [[About 5.2 million people|civilians;a=the agency;alt=The World Food
    Programme]], {{nine in ten}} of the region's population, need food aid, the agency said.""",
)
item(
    "WFP convoy brings 11,000 tonnes of food into Tigray",
    """A convoy of [[152 trucks|aid;a=the World Food Programme]] carrying [[about 11,000
    tonnes|aid;a=the World Food Programme]] of food and fuel reached Mekelle on Thursday, the
    World Food Programme said, the largest since the blockade began. The agency said [[at least
    100 trucks a day|aid;p;a=The agency;alt=the World Food Programme]] were needed. Fuel for
    distributing the food remains scarce.""",
)

pair("U05", "people / cases: cholera in Haiti as deaths, and as suspected cases")
item(
    "Cholera kills at least 35 in Haiti as gangs block fuel",
    """[[At least 35 people|killed;a=Haiti's health ministry]] have died of cholera in
    Port-au-Prince and nearby towns since the disease returned {{early this month}}, Haiti's
    health ministry said. Most deaths were in Cité Soleil, where [[about 250,000
    people|civilians]] live with little clean water. Doctors Without Borders said its centres
    had treated [[more than 800 patients|other;a=Doctors Without Borders]].""",
)
item(
    "Haiti counts over 13,000 suspected cholera cases",
    """Haiti has recorded [[more than 13,000 suspected cholera cases|other;a=the Pan American
    Health Organization]] since the outbreak began in October, the Pan American Health
    Organization said on Wednesday, in [[nine departments|other;u=other;a=the Pan American
    Health Organization]]. Only [[about 1,200|other;u=other]] have been confirmed by laboratory
    tests. A vaccination drive started in Cité Soleil with [[1.17 million doses|aid]].""",
)

pair(
    "U06",
    "families / people: Marawi's displaced counted in households, and its returnees in people",
)
item(
    "Marawi siege: 77,000 families still displaced, DSWD says",
    """[[About 77,000 families|displaced;a=the Department of Social Welfare and Development]]
    displaced by the siege of Marawi are still living in evacuation centres or with relatives,
    the Department of Social Welfare and Development said on Tuesday. [[More than 1,100
    people|killed]], most of them militants, died in the {{five-month}} battle. The city's
    centre, the most affected area, is still closed.""",
)
item(
    "Marawi residents allowed back into cleared villages",
    """[[About 77,000 residents|returned;a=the Task Force Bangon Marawi]] of Marawi's outer
    villages have returned home since the fighting ended, the Task Force Bangon Marawi said, as
    soldiers finished clearing [[eight more barangays|other;u=other;a=the Task Force Bangon
    Marawi]] of explosives. Residents of the most affected area, [[24 barangays|other;u=other]]
    around the old commercial district, cannot go back yet. Many found their homes looted.""",
)

pair("U07", "villages / villagers: four villages burned in Myinmu, four villagers killed there")
item(
    "Junta troops torch four villages in Sagaing's Myinmu township",
    """Regime troops set fire to [[four villages|other;a=local resistance forces]] in Myinmu
    township on Tuesday and Wednesday, burning [[more than 600 houses|housing;a=local
    resistance forces]], local resistance forces said. [[About 10,000 residents|displaced;a=a
    member of the local administration]] fled to monasteries and fields near the Mu river, a
    member of the local administration said. Smoke could be seen from Monywa.""",
)
item(
    "Four villagers killed as junta column raids Myinmu",
    """[[Four villagers|killed;a=residents]], [[two|killed;a=residents]] of them elderly men
    who could not flee, were shot dead when a junta column raided Nyaung Pin Thar village in
    Myinmu township on Wednesday, residents said. The soldiers also detained [[11 young
    men|arrested]] and used them as porters. The column of [[about 80 troops|combatants;a=the
    Myinmu People's Defence Force]] withdrew the next day, the Myinmu People's Defence Force
    said.""",
)

pair("U08", "boats / people: Rohingya boats landing in Aceh, and the refugees on them")
item(
    "Aceh fishermen push back boats as Rohingya landings rise",
    """[[Six boats|other;a=the local fishermen's council]] carrying Rohingya refugees have
    reached Aceh's coast in a week, the local fishermen's council said, and residents forced
    [[two|other;u=other;a=the local fishermen's council]] back out to sea at Bireuen. Some
    villagers say the province cannot take any more. The boats left the camps in Cox's Bazar
    about {{two weeks}} earlier.""",
)
item(
    "More than 1,000 Rohingya refugees land in Aceh in a week, UNHCR says",
    """[[More than 1,000 Rohingya refugees|displaced;a=UNHCR]] have landed in Aceh since last
    Tuesday, UNHCR said on Monday, the biggest wave since {{2015}}. [[About 250
    people|displaced]] on one boat were turned away twice before they were allowed ashore.
    UNHCR said {{more than half}} of the new arrivals were women and children.""",
)

pair(
    "U09", "schools / pupils: Ukraine's damaged schools, and a school built underground for pupils"
)
item(
    "Russian strikes have damaged 3,790 Ukrainian schools, ministry says",
    """[[At least 3,790 schools|housing;a=Ukraine's education ministry]] have been damaged by
    Russian bombing and shelling since the full-scale invasion, and
    [[365|housing;u=structure;a=Ukraine's education ministry]] destroyed, Ukraine's education
    ministry said as the school year began. [[About 1.4 million pupils|civilians]] are studying
    online because their schools have no bomb shelter.""",
)
item(
    "Kharkiv opens underground school for 900 pupils",
    """Kharkiv opened Ukraine's first purpose-built underground school on Monday, with space
    for [[900 pupils|capacity;a=Mayor Ihor Terekhov]] in {{two shifts}}, Mayor Ihor Terekhov
    said. The school, {{six metres}} below ground, has [[20 classrooms|other]] and its own
    ventilation. Before it opened, [[about 3,000 children|civilians]] in the city were taking
    lessons in metro stations.""",
)

pair("U10", "livestock / people: a Jonglei cattle raid counted in herders and in cattle")
item(
    "Cattle raiders kill 40 in Jonglei, abduct women and children",
    """Armed youths from Pibor killed [[at least 40 people|killed;a=the county commissioner]]
    in a raid on cattle camps in Jonglei's Duk county, the county commissioner said on Sunday,
    and abducted [[14 women and children|kidnapped;n=women and children;a=the county
    commissioner]]. [[Thousands of head of cattle|other]] were driven off. The UN mission sent
    peacekeepers to the area.""",
)
item(
    "Jonglei raid: 4,000 cattle stolen, 200 homes burned",
    """The raiders who attacked Duk county drove off [[about 4,000 cattle|other;a=local
    officials]] and burned [[some 200 homes|housing;a=local officials]], local officials said
    on Monday. For families in the cattle camps, the herds are their savings and their food.
    [[Dozens of youths|combatants]] from the area have armed themselves to pursue the raiders.""",
)

pair("U11", "trucks / aid workers: a Darfur convoy counted in lorries, and the staff it lost")
item(
    "WFP convoy of 15 trucks reaches El Fasher's Zamzam camp",
    """A World Food Programme convoy of [[15 trucks|aid;a=the agency;alt=World Food Programme]]
    carrying sorghum, lentils and oil reached Zamzam camp outside El Fasher on Saturday, the
    agency said, the first to get through in {{four months}}. The food is enough for [[about
    60,000 people|aid]] for a month. Famine was confirmed in the camp, home to [[some 500,000
    people|displaced]], in August.""",
)
item(
    "Three WFP drivers killed as convoy shelled near El Fasher",
    """[[Three drivers|killed;a=the World Food Programme]] working for the World Food Programme
    were killed and [[four|injured;a=the World Food Programme]] injured when their convoy was
    shelled near El Fasher, the World Food Programme said on Monday. The UN says [[at least 20
    aid workers|killed;a=The UN]] have been killed in Sudan this year. The convoy's [[15
    trucks|other]] were burned.""",
)

pair(
    "U12",
    "homes / households: Rio Grande do Sul's flooded houses, and the households paid to rebuild",
)
item(
    "Floods damaged 400,000 homes in Rio Grande do Sul, state says",
    """[[About 400,000 homes|housing;a=the state civil defence agency]] in Rio Grande do Sul
    were flooded or damaged by the rains of late April and May, the state civil defence agency
    said in its final count. [[183 people|killed]] died and [[27|missing]] are still missing.
    Porto Alegre's airport will stay closed until October.""",
)
item(
    "Brazil pays reconstruction aid to 380,000 flooded households",
    """The federal government has paid a one-off reconstruction grant of {{5,100 reais}} to
    [[about 380,000 households|aid;a=the federal government]] in Rio Grande do Sul, the federal
    government said, {{three months}} after the floods. [[About 8,000 people|displaced]] are
    still in public shelters in Porto Alegre and Canoas. The state plans to build [[2,000
    prefabricated houses|housing;p;a=The state]] for families who lost everything.""",
)
