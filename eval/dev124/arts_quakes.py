"""Earthquakes: Türkiye, Morocco, eastern Afghanistan, western Nepal, central Myanmar and
south-western Haiti; the dead and injured, tents and container cities, homes and schools lost
and rebuilt, allowances and aid (6 articles, all with figures)."""

from _wrap import item

item(
    "Six months on, 690,000 quake survivors still live in container cities",
    """HATAY, Türkiye (AA) – {{Six months}} after the twin earthquakes of {{6 February}}, [[more
    than 690,000 survivors|displaced;a=the Disaster and Emergency Management Authority (AFAD)]]
    are still living in container cities and tent camps across the quake zone, the Disaster and
    Emergency Management Authority (AFAD) said on Sunday. AFAD said it had set up [[407 container
    cities|capacity;u=structure;a=AFAD]] in the region, with schools, laundries and clinics. The
    magnitude {{7.8}} and {{7.5}} quakes killed [[more than 50,000 people|killed]] in Türkiye
    and [[about 6,000|killed]] in neighbouring Syria. Environment Minister Mehmet Özhaseki said
    [[about 227,000 buildings|housing;a=Environment Minister Mehmet Özhaseki]] had collapsed or
    would have to be demolished, and that the government would build [[319,000
    homes|housing;p;a=Environment Minister Mehmet Özhaseki]] by {{February 2024}}. In Antakya,
    where {{80 percent}} of the old city was destroyed, the first [[7,275 homes|housing]] were
    handed over to families this week. The Turkish Red Crescent said it was still serving
    [[about 150,000 hot meals a day|aid;a=The Turkish Red Crescent]] in the region. UNICEF said
    [[about 4 million children|civilians;a=UNICEF]] had their schooling disrupted by the
    disaster. "In the afternoon it is {{45C}} inside the container," said Ayşe Demir, {{38}}, who
    lives with her husband and children in a container city in Kırıkhan.""",
)

item(
    "A year after Morocco's earthquake, High Atlas villages are rebuilding slowly",
    """MARRAKECH, Morocco (AP) — A year after the strongest earthquake to hit Morocco in more than
    a century, rebuilding in the High Atlas is moving slowly. The government said [[about 55,000
    homes|housing;a=The government]] were damaged or destroyed by the magnitude {{6.8}} quake of
    {{8 September 2023}}, which killed [[2,960 people|killed;a=The government]] and injured
    [[more than 5,600|injured;a=The government]]. Officials say [[more than 57,000
    households|aid;a=Officials]] have received the monthly allowance of {{2,500 dirhams}} ({{about
    $250}}) promised to families who lost their homes, and that [[about 1,000 homes|housing;a=Officials]]
    have been fully rebuilt. Families whose homes were destroyed are entitled to {{140,000
    dirhams}} to rebuild, and those whose homes were damaged to {{80,000 dirhams}}. In the
    village of Tikht, [[about 80|killed;n=-]] of the [[400 residents|civilians]] died, and the
    survivors live in prefabricated units on a terrace above the ruins. [[Some 2,000
    families|displaced;a=local associations]] in Al Haouz province still live in tents or
    prefabricated units, local associations say. The education ministry said [[530
    schools|housing;a=The education ministry]] damaged by the quake had been repaired. Engineers
    blame the slow pace on winter snow, steep mountain roads and a shortage of builders trained
    in earthquake-resistant techniques.""",
)

item(
    "Afghan quake toll passes 2,200 as rescuers reach cut-off Kunar villages",
    """JALALABAD, Afghanistan (AP) — The earthquake that struck eastern Afghanistan late Sunday
    killed [[more than 2,200 people|killed;a=the Taliban government]] and injured [[about
    3,600|injured;a=the Taliban government]], the Taliban government said Thursday, as rescuers
    dug through the rubble of mud-brick villages in Kunar province. [[More than 6,700
    houses|housing;a=officials]] were destroyed in Kunar and neighbouring Nangarhar, officials
    said. Landslides set off by the magnitude {{6.0}} quake cut off [[at least 12 villages|other]],
    forcing rescuers to walk for hours or be dropped by helicopter. The Defence Ministry said it
    had flown [[more than 40 sorties|other;u=other;a=The Defence Ministry]] and carried [[more
    than 1,000 injured people|injured;a=The Defence Ministry]] to hospitals in Jalalabad and
    Kabul. The World Food Programme said it had delivered high-energy biscuits and flour to
    [[about 14,000 people|aid;a=The World Food Programme]] in the first {{three days}}. The UN
    released {{$5 million}} from its emergency fund. The disaster struck a country already
    absorbing [[more than 2 million Afghans|returned;a=UNHCR]] forced back from Iran and Pakistan
    this year, according to UNHCR. The quake hit at {{11:47pm}} at a depth of just {{8 km}}, when
    most families were asleep.""",
)

item(
    "Cold kills quake survivors in Nepal's Jajarkot as tarpaulins run short",
    """JAJARKOT, Nepal (AFP) - [[At least 153 people|killed;a=the Home Ministry]] were killed and
    [[more than 360|injured;a=the Home Ministry]] injured when a magnitude {{5.7}} earthquake
    struck western Nepal late on Friday, the Home Ministry said. Most of the victims were asleep
    when their stone-and-mud homes collapsed. The National Disaster Risk Reduction and Management
    Authority said [[about 26,500 houses|housing;a=The National Disaster Risk Reduction and
    Management Authority]] had been destroyed and [[more than 35,000|housing;u=structure;a=The
    National Disaster Risk Reduction and Management Authority]] partly damaged in Jajarkot and
    West Rukum districts. With night temperatures falling to {{4C}}, [[thousands of
    families|displaced]] are sleeping in the open or under tarpaulins. [[At least 18
    people|killed;a=local officials]] who survived the quake have since died of cold or pneumonia
    in temporary shelters, local officials said. The government has distributed [[25,000
    tarpaulins|aid]] and [[10,000 blankets|aid]], and says it will give {{Rs 50,000}} to each
    family to build a temporary shelter before winter. Army helicopters flew [[about 100 injured
    people|injured]] to hospitals in Surkhet and Nepalgunj in the first {{48 hours}}.""",
)

item(
    "Myanmar quake toll rises to 3,649 as air strikes continue",
    """MANDALAY, Myanmar (AFP) - The death toll from the magnitude {{7.7}} earthquake that struck
    central Myanmar on {{28 March}} has risen to [[3,649|killed;a=the military government]], the
    military government said on Sunday, with [[more than 5,000 injured|injured;a=the military
    government]] and [[145 missing|missing;a=the military government]]. The UN said [[about
    200,000 people|displaced;a=The UN]] were sleeping outside or in makeshift camps, many afraid
    to go back into cracked buildings during the aftershocks. The religious affairs ministry said
    [[about 1,800 monasteries|housing;u=structure;a=The religious affairs ministry]] had been
    damaged in Mandalay and Sagaing regions. [[More than 1,500 rescuers|other]] from China,
    India, Russia and other countries joined the search, pulling [[dozens of people|other]] alive
    from the rubble. The quake hit areas already devastated by {{four years}} of civil war. The
    opposition National Unity Government said the military had carried out [[at least 60 air
    strikes|other;u=other;a=The opposition National Unity Government]] since the quake, despite a
    declared ceasefire. The World Food Programme said it had reached [[about 120,000
    people|aid;a=The World Food Programme]] with food and cash.""",
)

item(
    "Haiti quake toll rises to 2,207 as storm soaks the homeless",
    """LES CAYES, Haiti (AP) — The death toll from Saturday's magnitude {{7.2}} earthquake in
    south-western Haiti rose to [[2,207|killed;a=the Civil Protection Agency]] on Wednesday, the
    Civil Protection Agency said, with [[more than 12,200 people|injured;a=the Civil Protection
    Agency]] injured. The agency said [[more than 130,000 homes|housing;a=The agency;alt=the Civil
    Protection Agency]] were damaged or destroyed, leaving [[about 30,000 families|displaced;a=The
    agency;alt=the Civil Protection Agency]] homeless. Tropical Storm Grace dumped heavy rain on
    the area on Monday, soaking people sleeping outdoors. UNICEF said [[about 650,000
    people|civilians;a=UNICEF]], including [[260,000 children|civilians;a=UNICEF]], needed
    humanitarian aid. It also said [[about 1,250 schools|housing;a=UNICEF]] had been damaged,
    weeks before classes were due to start. Gangs that control the main road out of
    Port-au-Prince agreed to let aid through, and the World Food Programme said [[16
    trucks|aid;a=the World Food Programme]] loaded with food had left the capital on Tuesday.
    Hospitals in Les Cayes were overwhelmed, and [[dozens of patients|injured]] were treated on
    mattresses in courtyards. The quake struck {{11 years}} after the {{2010}} disaster that
    killed [[more than 200,000 people|killed]] around the capital.""",
)
