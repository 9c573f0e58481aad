"""Items of dev345: food and aid delivered and cut, Chadian returnees, refugees going back,
abductions, arrests, recruitment and tensions with hosts, 2023-2026."""

from _wrap import item

item(
    "WFP halves rations for Sudanese refugees in Chad",
    """The World Food Programme said on {{6 February 2024}} that it would cut rations by
    {{half}} for [[about 1.2 million refugees|aid;a=The World Food Programme]] in eastern Chad
    from March, blaming a shortfall in funding. The agency said it had enough money to give
    full rations only to [[some 210,000 new arrivals|aid;a=The agency;alt=The World Food
    Programme]] and to [[90,000 children|aid;a=The agency;alt=The World Food Programme]] in
    nutrition programmes. Refugees who arrived before {{2023}} would receive nothing from
    April, it said, affecting [[roughly 400,000 people|civilians;p;a=The World Food
    Programme]]. The WFP distributed [[more than 43,000 tonnes|aid;a=The WFP]] of food in Chad
    in {{2023}}, it said, with [[1,900 trucks|aid;a=The WFP]] on the road at the peak.
    "Families will start eating once a day," a WFP official in Abéché said.""",
)

item(
    "WFP warns of pipeline break as US funding ends",
    """The WFP warned on {{18 March 2025}} that it would have to suspend food assistance to
    [[up to 800,000 refugees|aid;p;a=The WFP]] in Chad by May unless new funding arrived,
    after the United States ended grants worth {{$71 million}}. The agency said its warehouses
    in Abéché and Farchana held [[about 6,000 tonnes|aid;a=The agency;alt=The WFP]] of food,
    enough for {{five weeks}}. The WFP said [[about 260,000 refugees|displaced;a=The WFP]] who
    arrived in {{2025}} had not yet received a single full ration. Partners said [[about 40
    nutrition centres|other;p;a=Partners;u=structure]] in the east would close without the
    funding, leaving [[some 30,000 malnourished children|civilians;p;a=Partners]] without
    treatment. [[Fourteen trucks|aid]] carrying the last US-funded sorghum arrived in Ourang
    on Friday.""",
)

item(
    "Aid groups lay off staff and close clinics in eastern Chad",
    """Aid groups in eastern Chad have closed [[at least 27 health posts|other;a=the UN's
    humanitarian office;u=structure]] and laid off [[more than 1,400 staff|other;a=the UN's
    humanitarian office]] since {{January 2025}}, the UN's humanitarian office said in a
    survey of its partners. It said [[about 350,000 people|civilians;a=the UN's humanitarian
    office]] had lost access to basic health care, and that [[about 600|other;a=the UN's
    humanitarian office]] of the laid-off staff were refugees. The International Rescue
    Committee said it had shut [[nine mobile clinics|other;a=The International Rescue
    Committee;u=structure]] serving the Adré border site, and CARE said it had halted water
    trucking for [[some 45,000 refugees|aid;a=CARE]]. Chad's refugee commission said [[two of
    the camps|capacity;a=Chad's refugee commission]], Ourang and Arkoum, had gone without a
    protection officer for a month. The UN's plan for {{2025}} was only {{14%}} funded by
    April.""",
)

item(
    "Chadian returnees rebuild near Adré",
    """[[More than 8,000 Chadian returnees|returned;a=IOM]] who fled West Darfur in {{2023}}
    are still living in the Adré area, IOM said on {{20 September 2024}}, many of them born in
    Sudan to Chadian parents. The agency said [[about 1,700 returnee households|returned;a=The
    agency;alt=IOM]] had been given plots of land on the edge of town, and that [[620
    houses|housing;a=The agency;alt=IOM]] had been built with mud bricks made on site. It
    plans to build [[another 900 houses|housing;p;a=IOM]] by mid-{{2025}}. [[About 3,500
    returnees|returned;a=a local official]] have no documents proving Chadian nationality, a
    local official said, and cannot enrol their children in school. The returnees, unlike the
    refugees, receive no monthly rations, and [[some 14,000|civilians;a=IOM]] depend on day
    labour, according to IOM.""",
)

item(
    "Some refugees head home to West Darfur",
    """[[About 23,000 Sudanese refugees|returned;a=UNHCR]] have gone back to West Darfur from
    eastern Chad since the start of {{2025}}, UNHCR said on {{2 July 2025}}, most of them to
    farm before the rains. The agency said it did not promote returns, and that [[more than
    65,000 people|displaced;a=The agency;alt=UNHCR]] crossed into Chad over the same period.
    Returnees interviewed by the agency said they planned to come back to the camps after the
    harvest. [[At least 11 returnees|killed;a=local leaders]] were killed on the road near
    Misterei in June, local leaders in El Geneina said, and [[four women|kidnapped;a=local
    leaders]] were abducted. In Ardamata, [[about 300 homes|housing;a=a community leader]]
    have been rebuilt, a community leader said, but [[thousands of houses|housing;a=a
    community leader]] remain in ruins.""",
)

item(
    "Aid worker kidnapped in Ouaddaï is freed",
    """A Chadian aid worker kidnapped near the Farchana camp was freed on Sunday after {{11
    days}} in captivity, his employer, a Chadian charity, said. He was one of [[three
    staff|kidnapped;a=the charity]] seized when gunmen stopped their vehicle on the road to
    Hadjer Hadid; the other [[two|kidnapped;a=the charity]] were released within {{48 hours}},
    the charity said. Security forces arrested [[five suspects|arrested;a=the governor of
    Ouaddaï]] on Saturday, the governor of Ouaddaï said. Aid groups said [[at least 14 aid
    workers|kidnapped;a=Aid groups]] had been abducted in eastern Chad since {{2023}} and
    [[two|killed;a=Aid groups]] killed. Following the attack, the army sent [[150
    soldiers|combatants]] to patrol the road.""",
)

item(
    "Refugees in Chad wait for news of men held in El Fasher",
    """Refugees who reached Tiné from El Fasher say [[hundreds of men|kidnapped;a=Refugees]]
    were taken from their groups by RSF fighters on the road out of the city in late {{October
    2025}}. A woman of {{40}} said her husband and [[two sons|kidnapped;a=A woman;n=sons]]
    were led away at Garni; she has heard nothing since. The Sudan Doctors Network said the
    RSF was holding [[at least 1,000 people|kidnapped;a=The Sudan Doctors Network]] for ransom
    and had killed [[more than 460 patients and companions|killed;a=The Sudan Doctors
    Network;n=patients and companions]] at the Saudi hospital. UNHCR said [[some 2,300
    families|missing;a=UNHCR]] arriving in Chad had reported at least one member missing. The
    UN says [[about 260,000 people|civilians;a=The UN]] were in El Fasher before it fell, and
    [[tens of thousands|missing;a=The UN]] remain unaccounted for.""",
)

item(
    "Convoy crosses at Tiné to reach North Darfur",
    """A convoy of [[32 trucks|aid;a=the WFP]] carrying [[about 900 tonnes|aid;a=the WFP]] of
    food crossed from Tiné into North Darfur on {{14 December 2025}}, the WFP said, the first
    to reach the area since El Fasher fell. The food is meant for [[some 75,000
    people|aid;p;a=the agency;alt=WFP]] in Kornoi and Um Baru for a month, the agency said.
    [[A further 20 trucks|aid]] are waiting in Bahaï for security clearance. The WFP said
    [[two drivers|killed;a=The WFP]] were killed in a drone strike on a convoy near Mellit in
    November. [[More than 600,000 people|civilians;a=The WFP]] in North Darfur face emergency
    levels of hunger, it said. [[About 150,000 people|displaced;a=IOM]] have fled to the area
    from El Fasher, IOM estimates.""",
)

item(
    "Cash transfers reach returnee and host households",
    """[[About 18,000 households|aid;a=the programme]] in Ouaddaï and Sila, Chadian returnees
    and host families among them, have received monthly cash transfers under a World
    Bank-funded programme, the programme said in {{January 2025}}. Each household gets
    {{15,000 CFA francs}} a month for {{12 months}}. [[About 5,200 of those
    households|returned;a=the programme;n=households]] are returnees from Sudan, and [[some
    2,400|aid;a=the programme;u=household]] are headed by women, the programme said. Chad's
    government said it would extend the programme to [[30,000 more households|aid;p;a=Chad's
    government]] in Wadi Fira. Aid officials said [[more than 110,000 Chadians|civilians;a=Aid
    officials]] in the three provinces had fallen into severe food insecurity because of the
    refugee influx. In Adré alone, [[3,900 households|aid]] are enrolled.""",
)

item(
    "Clashes over water leave dead in Farchana",
    """[[Four people|killed;a=the governor of Ouaddaï]] were killed and [[at least
    23|injured;a=the governor of Ouaddaï]] wounded in clashes between Sudanese refugees and
    residents of a village near Farchana over access to a borehole, the governor of Ouaddaï
    said on Thursday. The fighting, with knives and clubs, lasted {{several hours}}, and
    [[about 40 huts|housing]] in the village were burned. The army deployed [[200
    soldiers|combatants;a=the governor]] to separate the two sides, the governor said, and
    police arrested [[18 people|arrested;a=police]], police said. UNHCR said the borehole
    served [[about 5,000 villagers|civilians;a=UNHCR]] and [[more than 20,000
    refugees|displaced;a=UNHCR]] from the nearby camp.""",
)

item(
    "UNHCR: 920,000 Sudanese refugees in Chad as war nears fourth year",
    """Chad hosts [[more than 920,000 Sudanese refugees|displaced;a=UNHCR]] who have arrived
    since {{April 2023}}, UNHCR said on {{15 January 2026}}, making it the largest host of
    people fleeing Sudan's war after Egypt. [[Some 170,000|displaced;a=UNHCR]] of them arrived
    in {{2025}}, UNHCR said, [[about 40,000|displaced;a=UNHCR]] after the fall of El Fasher.
    The agency counted [[nearly 300,000 Chadian returnees|returned;a=The agency;alt=UNHCR]]
    over the same period. Eastern Chad now has [[23 camps and settlements|capacity;n=camps and
    settlements;u=structure;a=UNHCR]], of which [[nine|capacity;u=structure;a=UNHCR]] opened
    since {{2023}}, and [[about 190,000 people|displaced;a=UNHCR]] are still waiting at the
    border to be relocated, UNHCR said. The agency expects [[up to 250,000 new
    arrivals|displaced;p;a=The agency;alt=UNHCR]] in {{2026}}.""",
)

item(
    "Gendarmes break up ring that held refugees for ransom",
    """Chadian gendarmes freed [[19 Sudanese refugees|kidnapped;a=the public prosecutor]] held
    for ransom in a village near Adré and arrested [[seven members|arrested;a=the public
    prosecutor]] of the ring that held them, the public prosecutor in Abéché said on Monday.
    The refugees, [[six of them|kidnapped;n=-]] children, had been seized on the road from the
    border over the previous {{three weeks}}. Their families had been asked to pay up to
    {{500,000 CFA francs}} each. [[Two suspects|other;a=the public prosecutor]] are still
    being sought, he said, and [[one hostage|kidnapped;a=the public prosecutor]] is
    unaccounted for. Since January, gendarmes in Ouaddaï have freed [[more than 60 kidnapping
    victims|kidnapped;a=the prosecutor]], the prosecutor said.""",
)

item(
    "Young men recruited from the camps, refugees say",
    """Refugee leaders in the Metché and Aboutengue camps said on Wednesday that [[hundreds of
    young men|combatants;a=Refugee leaders]] had left the camps in recent months to join
    Sudanese armed groups fighting the RSF in North Darfur. A Human Rights Watch researcher
    said the group had documented the recruitment of [[at least 80 boys|combatants;a=A Human
    Rights Watch researcher]] aged under {{18}}. The Joint Forces, a coalition of former
    Darfur rebel groups, have [[about 20,000 fighters|combatants;a=analysts]], analysts
    estimate. Camp leaders said [[more than 150 families|missing;a=Camp leaders]] have sons
    whose fate they do not know. Chad's government said it had detained [[43
    recruiters|arrested;a=Chad's government]] and stopped [[12 trucks|other;a=Chad's
    government]] carrying young men to the border.""",
)

item(
    "Returnees stranded at Tissi with no shelter",
    """[[About 7,500 Chadian returnees|returned;a=IOM]] have arrived in the border area of
    Tissi in Sila province since {{August 2025}}, fleeing fighting in Central Darfur, IOM
    said. Most are living in the open or under trees, and [[only 300 shelters|aid;a=the
    agency;alt=IOM]] have been distributed, the agency said. A nurse in Tissi said [[seven
    children|killed;a=A nurse]] had died of diarrhoea in {{two weeks}}. Chad's government
    plans to move [[about 1,500 returnee families|returned;p;a=Chad's government]] to land
    near Goz Beïda, where [[400 houses|housing;p;a=Chad's government]] are to be built. Local
    leaders said [[more than 60 houses|housing;a=Local leaders]] in Tissi were destroyed in
    cross-border shelling in September.""",
)

item(
    "Lean season to push eastern Chad deeper into hunger",
    """[[About 3.3 million people|civilians;p;a=the Cadre Harmonisé analysis]] in Chad are
    expected to face crisis levels of hunger or worse in the lean season from June to {{August
    2026}}, according to the Cadre Harmonisé analysis released on Friday, [[nearly 1
    million|civilians;p;a=the Cadre Harmonisé analysis]] of them in the four eastern
    provinces. The WFP said it planned to reach [[1.6 million people|aid;p;a=The WFP]],
    including [[about 700,000 refugees|aid;p;a=The WFP]] and [[250,000 Chadian
    returnees|aid;p;a=The WFP]], if its appeal was funded. In Ouaddaï alone, [[between 350,000
    and 400,000 people|civilians;p]] are projected to be in crisis. Only {{a third}} of the
    appeal was funded by March, it said.""",
)

item(
    "Pledges for Sudan and its neighbours",
    """Donors pledged {{$1.5 billion}} for Sudan and its neighbours at a conference in London
    on {{15 April 2025}}, {{two years}} after the war began, against an appeal of {{$6
    billion}}. Britain pledged {{£120 million}}, the European Union {{€270 million}} and
    Germany {{€125 million}}. The Chad part of the regional refugee plan sought {{$409
    million}}, or about {{seven per cent}} of the total, officials said. A similar conference
    in Paris in {{2024}} raised {{€2 billion}}. Pledges are typically disbursed over {{12 to
    18 months}}.""",
)

item(
    "Prices in Adré market double in a year",
    """A {{50-kg}} sack of sorghum cost {{28,000 CFA francs}} in the Adré market in {{May
    2025}}, up from {{14,000 CFA francs}} a year earlier, the WFP said in its monthly market
    bulletin. The price of a litre of cooking oil rose by {{40%}} and that of millet by
    {{65%}}. Fuel sold for {{1,250 CFA francs}} a litre, against {{700}} in N'Djamena, {{900
    km}} to the west. The border market was closed for {{three days}} in April during a
    security alert.""",
)
