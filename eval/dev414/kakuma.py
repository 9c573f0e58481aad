"""Kakuma and Kalobeyei in Turkana, the Shirika plan, arrivals from South Sudan, Sudan and
Ethiopia, clashes, floods, fires, ration protests, resettlement and return."""

from _wrap import item

item(
    "South Sudanese pour into Kakuma after Juba fighting",
    """KAKUMA, Kenya, {{July 28}} (Reuters) - [[More than 8,000 South
    Sudanese|displaced;a=UNHCR]] have crossed into Kenya in the past {{three weeks}}, fleeing
    fighting that erupted in Juba on {{July 8}}, UNHCR said on Thursday. Most arrive at the
    Nadapal border post and are taken by bus to Kakuma, where the reception centre, built for
    [[1,500 people|capacity;a=the agency;alt=UNHCR]], now holds [[about 6,000|displaced;a=the
    agency;alt=UNHCR]], the agency said. UNICEF said [[more than 1,200
    children|displaced;a=UNICEF]] had arrived without their parents. To ease the crowding, the
    government has opened the Kalobeyei settlement, {{20 km}} west of Kakuma town, which is
    designed for [[60,000 people|capacity]]. [[Up to 1,000 families|displaced;p]] are due to
    move there next week. Kakuma itself, opened in {{1992}} for the boys who walked from
    southern Sudan, now hosts [[some 185,000 refugees|displaced]]. The World Food Programme
    said it had trucked in [[420 tonnes of high-energy biscuits|aid;a=The World Food
    Programme;n=tonnes;u=other]].""",
)

item(
    "Clashes between Dinka and Nuer refugees kill seven in Kakuma",
    """NAIROBI, {{October 28}} (AFP) - Clashes between Dinka and Nuer refugees in Kenya's
    Kakuma camp have killed [[at least seven people|killed;a=police]] and wounded [[about
    40|injured;a=police]], police said on Tuesday, as South Sudan's civil war spilled into the
    camp. Turkana West police commander Peter Katam said [[more than 200
    shelters|housing;a=Turkana West police commander Peter Katam]] had been torched in {{two
    nights}} of fighting with machetes and clubs. [[About 3,000 refugees|displaced;a=UNHCR]]
    fled to the police compound and to a Lutheran World Federation compound for safety, UNHCR
    said. Police said [[15 people|arrested;a=Police]] had been arrested and [[120
    officers|combatants;a=Police]] sent from Lodwar to restore order. The agency said it would
    move [[about 1,500 Nuer refugees|displaced;p;a=The agency;alt=UNHCR]] to a new section of
    the camp to separate the communities.""",
)

item(
    "Kenya unveils Shirika plan to turn refugee camps into towns",
    """NAIROBI, {{March 28}} - President William Ruto on Friday launched the Shirika Plan,
    which aims to turn the Kakuma, Kalobeyei and Dadaab camps into municipalities where
    refugees and their Kenyan neighbours share schools, clinics and markets. The plan covers
    [[about 720,000 refugees|displaced;a=the Department of Refugee Services]] and [[some
    600,000 Kenyans| civilians;a=the Department of Refugee Services]] in the host communities
    of Turkana and Garissa, according to the Department of Refugee Services. Officials said it
    would cost {{$1.2 billion}} over {{ten years}}. The government expects [[some 50,000
    refugees|other;p;a=The government]] to hold work permits by {{2027}}. Kalobeyei, with
    [[about 75,000 residents|displaced]], has served as the pilot. The World Bank said it would
    fund [[1,500 new classrooms|other;p;a=The World Bank]] in Turkana and Garissa. Refugee
    leaders welcomed the plan but said [[thousands of young people|civilians;a=Refugee
    leaders]] born in Kakuma still had no way to obtain Kenyan identity papers.""",
)

item(
    "Flash floods destroy hundreds of homes in Kakuma camp",
    """KAKUMA, Kenya, {{May 3}} - Flash floods from the Tarach river have destroyed [[1,840
    shelters|housing;a=UNHCR]] in Kakuma camp and left [[more than 9,000
    refugees|displaced;a=UNHCR]] homeless, UNHCR said on Sunday. [[Three people|killed;a=the
    Kenya Red Cross]], [[two children|killed;a=the Kenya Red Cross]] among them, drowned when
    the river burst its banks before dawn, the Kenya Red Cross said. [[Two others|missing;n=-]]
    are still missing. The Lutheran World Federation said [[14 schools|other;a=The Lutheran
    World Federation]] had been closed until the water recedes. The displaced are sheltering in
    [[11 schools and churches|capacity;n=schools and churches]] on higher ground. Aid agencies
    have handed out [[2,000 tarpaulins|aid]] and [[1,200 jerrycans|aid]].""",
)

item(
    "Sudanese fleeing war reach Kakuma after weeks on the road",
    """KAKUMA, Kenya - [[More than 12,000 Sudanese|displaced;a=UNHCR]] have registered at
    Kakuma since fighting broke out in Khartoum in {{April 2023}}, UNHCR said, many of them
    after journeys of {{several weeks}} through South Sudan or Uganda. [[About 600 a
    month|displaced;a=the agency;alt=UNHCR]] are still arriving, the agency said. Many are
    students and professionals: [[more than 300|displaced;a=a community association]] were
    enrolled at Khartoum universities, according to a community association. The reception
    centre, with space for [[1,000 people|capacity;a=camp managers]], was holding
    [[2,700|displaced;a=camp managers]] last week, camp managers said. [[Some 45 Sudanese
    families|displaced]] have been moved on to Kalobeyei. \"We left with nothing, and here we
    wait,\" said Amna Idris, {{34}}, a pharmacist from Omdurman.""",
)

item(
    "Police fire on Kakuma refugees protesting ration cuts",
    """KAKUMA, Kenya, {{July 8}} (Reuters) - [[Two refugees|killed;a=a local hospital
    official]] were shot dead and [[at least 17 people|injured;a=a local hospital official]]
    wounded on Tuesday when police fired tear gas and live rounds at crowds protesting against
    food ration cuts in Kakuma, a local hospital official said. Police said [[11
    officers|injured;a=Police]] had been hurt by stones and [[26 people|arrested;a=Police]]
    arrested. Protesters set fire to [[two food warehouses|housing;u=structure]] in {{Kakuma
    4}}. WFP said it had suspended distributions to [[about 290,000 people|aid;a=WFP]] in
    Kakuma and Kalobeyei until calm returned. Under the cuts, refugees receive {{40 percent}}
    of a full ration. The Kenya Red Cross said it had treated [[39 people|injured;a=The Kenya
    Red Cross]] for tear gas inhalation.""",
)

item(
    "Refugees cleared for US resettlement stranded in Kenya",
    """NAIROBI - [[About 9,000 refugees|displaced;a=UNHCR]] in Kenya who had been approved for
    resettlement in the United States are stranded after Washington suspended its refugee
    admissions programme in January, UNHCR said. [[Some 1,600|displaced;a=the
    agency;alt=UNHCR]] of them had already been given travel dates, the agency said, and many
    had sold their belongings. The International Organization for Migration said it had
    cancelled flights for [[470 refugees|displaced;a=The International Organization for
    Migration]] from Kakuma who were due to leave this month. The United States admitted [[more
    than 2,800 refugees| displaced]] from Kenya in the {{2024}} fiscal year. Canada and
    Australia together took [[1,310|displaced]]. Congolese community leaders said [[about 60
    families|displaced;a=Congolese community leaders]] who had been told to pack were now
    sleeping in the transit centre.""",
)

item(
    "Three refugees killed as firewood dispute flares near Kakuma",
    """LODWAR, Kenya - [[Three refugees|killed;a=police]] were killed and
    [[five|injured;a=police]] wounded on Wednesday when armed Turkana youths attacked women
    collecting firewood outside Kakuma, police said. Refugees retaliated overnight, torching
    [[about 60 shelters| housing]] in a nearby Turkana settlement. [[Two
    girls|kidnapped;a=police]] who were abducted during the {{first}} attack were found alive
    on Friday, police added. Turkana County Commissioner Wambua Muthama said [[200 police
    officers|combatants;a=Turkana County Commissioner Wambua Muthama]] and [[40 National Police
    Reservists|combatants;a=Turkana County Commissioner Wambua Muthama]] had been deployed
    around the camp. [[Eight people| arrested]] have been charged with murder and arson. Elders
    from both communities are due to meet on {{June 20}}.""",
)

item(
    "Burundians fly home from Kakuma as South Sudan returns stall",
    """KAKUMA, Kenya - [[312 Burundian refugees|returned;a=UNHCR]] left Kakuma by air for
    Bujumbura on Thursday under a voluntary return programme, UNHCR said. Each adult receives
    {{$150}} and a return kit. [[About 1,900 South Sudanese|returned;p;a=the agency;alt=UNHCR]]
    have registered to go home to Jonglei and Upper Nile this year, the agency said, though it
    has paused road convoys because of fighting around Nasir. [[Fewer than
    5,000|returned;a=UNHCR]] of Kakuma's South Sudanese have taken the return package since
    {{2020}}, it said. The UN estimates [[2.3 million South Sudanese|displaced;a=The UN]] are
    refugees in neighbouring countries, [[about 230,000|displaced;a=The UN]] of them in Kenya.
    Burundi's government says [[more than 200,000 refugees|returned;a=Burundi's government]]
    have come home from the region since {{2017}}.""",
)

item(
    "Thousands of children reach Kakuma alone",
    """KAKUMA, Kenya - [[More than 3,400 unaccompanied children|displaced;a=Save the Children]]
    arrived in Kakuma from South Sudan last year, Save the Children said on Monday, many of
    them after their parents were killed or lost in the fighting. The charity said its tracing
    teams had reunited [[612 children|other;a=The charity;alt=Save the Children]] with
    relatives in Kenya, Uganda and South Sudan. Families have registered [[about 900
    children|missing;a=the Kenya Red Cross]] as missing with the tracing service, the Kenya Red
    Cross said. Kakuma has places for [[about 1,100 children|capacity]] in foster care, and the
    rest live with older siblings or neighbours. There is {{one social worker for every 300
    children}}, the charity said. UNICEF said it had hired [[46 case workers|other;a=UNICEF]]
    to help. Across Kenya's camps, [[more than 25,000 children|displaced;a=UNICEF]] live
    without either parent, UNICEF estimates.""",
)

item(
    "Fire destroys Kakuma's main market",
    """KAKUMA, Kenya - A fire swept through the main market in Kakuma camp overnight,
    destroying [[250 to 300 shops|housing;a=police]] and killing [[one man|killed;a=police]],
    police said on Saturday. [[Seven people|injured;a=the hospital;alt=the Lutheran World
    Federation's hospital]] were treated for burns at the Lutheran World Federation's hospital,
    the hospital said. Traders said the fire started in a restaurant kitchen shortly after
    {{11pm}}. Market leaders said [[more than 1,500 traders| civilians;a=Market leaders]] had
    lost their stock, much of it bought on credit. Police said they had detained [[two
    men|arrested;a=Police]] for questioning. [[About 40 families| displaced]] who lived behind
    their shops are sleeping in the open.""",
)

item(
    "Ethiopians flee into northern Kenya after Moyale shooting",
    """MOYALE, Kenya, {{March 14}} (Reuters) - [[More than 8,500 Ethiopians|displaced;a=the
    Kenya Red Cross]] have fled into northern Kenya since Ethiopian soldiers shot dead [[nine
    civilians|killed;a=the Kenya Red Cross]] in Moyale town on Saturday, the Kenya Red Cross
    said. The humanitarian society said it was sheltering the arrivals at [[10
    sites|capacity;a=The humanitarian society;alt=Kenya Red Cross]] around Somare and Sololo.
    {{More than half}} are women and children. Ethiopia's military said [[four
    soldiers|arrested;a=Ethiopia's military]] had been detained over the shooting. Marsabit
    officials said the county would need [[about 2,000 tonnes of food|aid;p;a=Marsabit
    officials;n=tonnes;u=other]] to feed the arrivals until June. Kenya has deployed [[300
    police officers|combatants]] along the border.""",
)

item(
    "South Sudanese cross at Nadapal as Eastern Equatoria fighting spreads",
    """NADAPAL, Kenya - [[Between 150 and 200 South Sudanese|displaced;a=UNHCR]] are crossing
    into Kenya at Nadapal every day, fleeing clashes in Eastern Equatoria, UNHCR said on
    Wednesday. The transit centre at Nadapal, built for [[500 people|capacity;a=the
    agency;alt=UNHCR]], is holding [[more than 1,700|displaced;a=the agency;alt=UNHCR]], the
    agency said. The International Rescue Committee said its medics had treated [[23
    people|injured;a=The International Rescue Committee]] for gunshot wounds. Refugees said
    [[at least 40 people| killed;a=Refugees]] had been killed in attacks on villages around
    Kapoeta. Buses take the arrivals to Kakuma, {{120 km}} to the south, where [[about 3,400
    new arrivals|displaced]] have been registered since June.""",
)

item(
    "Drought pushes Turkana herders towards Kakuma",
    """LODWAR, Kenya - [[About 520,000 people|civilians;a=the National Drought Management
    Authority]] in Turkana county need food aid after a {{fourth}} failed rainy season, the
    National Drought Management Authority said on Tuesday. Herders say they have lost [[more
    than 70,000 goats and sheep|other;a=Herders;n=goats and sheep]] since March. In Kakuma,
    UNHCR said water supplies had fallen to {{14 litres}} a person a day and [[twelve
    boreholes|other; a=UNHCR]] had dried up. UNICEF said [[about 16,000
    children|civilians;a=UNICEF]] {{under five}} in the county were acutely malnourished. The
    county government has sent [[25 water trucks|aid]] to the worst-hit villages. [[Hundreds of
    Turkana families|displaced]] have moved to the edge of the camp to share its water.""",
)

item(
    "From Kakuma to the Olympic track",
    """KAKUMA, Kenya - When Anyieth Deng, now {{30}}, ran barefoot on the dusty tracks of
    Kakuma, she never imagined she would carry a flag into an Olympic stadium. She fled South
    Sudan aged {{ten}} and ran her {{first}} race in a camp school competition in {{2015}}. A
    year later she ran the {{800 metres}} in Rio in {{2 minutes 16 seconds}}. At the Tegla
    Loroupe training centre in Ngong, the camp's runners now train {{six days}} a week at an
    altitude of {{2,000 metres}}. Loroupe won the New York marathon in {{1994}}, and her
    centre's manager says the programme has cut costs by {{20 percent}} since moving out of
    Nairobi.""",
)

item(
    "What the Shirika plan changes for refugees in Kenya",
    """NAIROBI - The Shirika Plan, launched in {{March 2025}}, builds on the Refugees Act of
    {{2021}}, which took effect in {{February 2022}} and replaced a law from {{2006}}. It is
    meant to run for {{ten years}}, with a review in {{2030}}. Donors have pledged {{$180
    million}} so far, about {{15 percent}} of the estimated cost. Refugees will be able to
    register businesses and pay county taxes, and the camps will be run as municipalities by
    Turkana and Garissa county governments. Critics say freedom of movement, still limited by
    passes that last {{30 days}}, is the real test. The government says the {{first}} phase
    will be complete by {{December 2026}}.""",
)
