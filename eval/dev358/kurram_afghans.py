"""dev358 items: Kurram's sectarian violence and the Parachinar blockade, and Afghans in Khyber
Pakhtunkhwa, held, deported and going home."""

from _wrap import item

item(
    "Gunmen attack passenger convoy in Kurram, killing dozens",
    """Gunmen opened fire on a convoy of passenger vehicles travelling under police escort from
    Parachinar to Peshawar near Mandori in Lower Kurram on {{Thursday}}, killing
    [[at least 42 people|killed;a=the district police chief]], among them
    [[seven women|killed;a=the district police chief]] and [[three children|killed;a=the district
    police chief]], the district police chief said. The convoy of
    [[about 200 vehicles|other;a=officials]] was attacked from both sides of the road, officials
    said. Doctors in Parachinar and Thall said they had received
    [[more than 30 wounded|injured;a=Doctors in Parachinar and Thall;n=-]]. Most of the victims
    were Shia Muslims. [[Four|kidnapped;a=relatives]] of the passengers, among them a woman, were
    taken away by the attackers, relatives said. The provincial government said
    [[16 suspects|arrested;a=The provincial government]] had been detained by {{Friday}} night.""",
)

item(
    "Kurram death toll climbs as sectarian clashes spread",
    """Fighting between Sunni and Shia tribes that broke out in Kurram after the convoy attack has
    killed [[at least 88 people|killed;a=officials]] over {{nine days}}, officials said on
    {{Saturday}}, and [[more than 150|injured;a=officials]] have been wounded. Tribesmen used
    heavy machine guns and mortars against each other's villages around Bagan, Balishkhel and
    Alizai. The Human Rights Commission of Pakistan said the Bagan bazaar had been burned down,
    with [[over 500 shops|housing;a=The Human Rights Commission of Pakistan]] and
    [[around 100 houses|housing;a=The Human Rights Commission of Pakistan]] destroyed. The
    commission said [[some 300 families|displaced;a=The commission;alt=The Human Rights Commission
    of Pakistan]] had fled Bagan to Hangu and Thall. A ceasefire brokered by a provincial
    government jirga took hold on {{Sunday}}, and [[10 bodies|killed;a=officials;u=person]] were
    exchanged between the two sides, officials said. [[Six people|missing]] are still unaccounted
    for.""",
)

item(
    "Parachinar cut off as road stays closed for third month",
    """The Thall-Parachinar road has now been closed for {{more than 80 days}}, leaving
    [[about 400,000 people|civilians;a=the district administration]] in Upper Kurram without
    regular supplies of food, fuel and medicine, the district administration said. Doctors at the
    District Headquarters Hospital in Parachinar said [[at least 29 children|killed;a=Doctors at the
    District Headquarters Hospital in Parachinar]] had died since the road closed because
    medicines and oxygen ran out. The provincial government has flown out
    [[more than 1,100 patients|displaced;a=The provincial government]] by helicopter and flown in
    [[about 12 tonnes|aid;a=The provincial government]] of medicine, it said. Traders said
    [[some 700 shops|other;a=Traders]] in the main bazaar had closed for lack of goods. In
    Karachi, Islamabad and Lahore, [[hundreds of protesters|other]] held sit-ins to demand that the
    road be reopened. Officials said a peace agreement signed by [[45 elders|other;a=Officials]]
    of both sects would come into force once the warring tribes handed over their heavy
    weapons.""",
)

item(
    "First aid convoy reaches Parachinar after weeks-long blockade",
    """A convoy of [[64 trucks|aid;a=the deputy commissioner]] carrying flour, cooking oil and
    medicines reached Parachinar on {{Saturday}} under army escort, the deputy commissioner
    said, the first to get through since the road was closed. Officials said
    [[another 150 trucks|aid;p;a=Officials]] would travel in convoys over the following
    {{two weeks}}. The convoy was held up for {{six hours}} at Bagan, where
    [[several hundred men|other]] staged a sit-in demanding compensation for the burning of
    their market. The provincial government said [[about 1,500 personnel|combatants;a=The
    provincial government]] of the Frontier Corps and police had been deployed along the road.
    A week earlier, gunmen attacked a supply convoy near Bagan, killing
    [[two drivers|killed]] and [[three soldiers|killed]] and looting
    [[dozens of trucks|other]]. Police said [[12 men|arrested;a=Police]] had been arrested over
    that attack.""",
)

item(
    "Kurram bunkers demolished under peace deal",
    """Authorities in Kurram have demolished [[more than 600 bunkers|other;u=structure;a=the
    district administration]] built by the rival tribes along the road and around their villages,
    the district administration said on {{Monday}}, meeting a key condition of the peace
    agreement. Under the deal, both sides are also to hand in heavy weapons. The administration
    said it had collected [[312 weapons|other;a=The administration;alt=the district administration]], among them
    [[48 heavy machine guns|other;u=other;a=The administration;n=guns]] and
    [[nine mortars|other;a=The administration;alt=the district administration]], but elders on both sides said the tribes
    still held [[thousands of rifles|other;a=elders on both sides]]. The government has put a
    bounty of {{Rs 1 million}} on each of the [[20 suspects|other]]
    wanted for the convoy massacre; [[nine|arrested]] have been arrested so far. Schools in
    Lower Kurram, closed since {{November}}, reopened for [[about 18,000 pupils|other;a=the
    education department]], the education department said.""",
)

item(
    "Land dispute in Kurram's Boshehra turns into sectarian war",
    """A dispute over a plot of farmland near the village of Boshehra in Kurram has grown into
    fighting that has killed [[49 people|killed;a=the district administration]] and wounded
    [[about 200|injured;a=the district administration]] in {{eight days}}, the district
    administration said on {{Wednesday}}. The clashes spread to [[at least six
    areas|other;u=other;n=areas]] of the district. Police said [[hundreds of tribesmen|combatants;a=Police]]
    armed with heavy weapons had dug in on the hills above the villages. The HRCP said
    [[1,200 families|displaced;a=The HRCP]] had fled their homes, most of them to Parachinar and
    Sadda. A jirga of elders from Kohat, Orakzai and Hangu arranged a truce on {{Tuesday}}, under
    which [[around 1,000 police and soldiers|combatants;p;n=police and soldiers]] are to be posted
    between the two sides. Mobile phone and internet services in the district were cut off for the
    whole {{week}}.""",
)

item(
    "Afghans leave Pakistan in tens of thousands as deadline passes",
    """[[More than 165,000 Afghans|returned;a=officials]] have crossed into Afghanistan through the
    Torkham border since the government ordered undocumented foreigners to leave by
    {{November 1}}, officials in Khyber Pakhtunkhwa said. At the peak,
    [[about 17,000 people a day|returned;a=the International Organization for Migration]] were
    crossing, according to the International Organization for Migration. Police in Peshawar and
    Nowshera said they had detained [[1,300 Afghans|arrested;a=Police in Peshawar and Nowshera]]
    without papers and moved them to [[three holding centres|capacity;a=Police in Peshawar and
    Nowshera]], in Landi Kotal, Peshawar and Nowshera. The Landi Kotal centre can hold
    [[up to 2,500 people|capacity]]. On the Afghan side, the Taliban authorities said they had set
    up [[two camps|capacity;a=the Taliban authorities]] near the border, where
    [[some 40,000 returnees|returned;a=the Taliban authorities]] were waiting for transport.
    [[Thousands of trucks|other]] carrying belongings were queued on the road to the crossing.""",
)

item(
    "UNHCR: Afghans in Khyber Pakhtunkhwa fear arrest after PoR cards expire",
    """[[Around 720,000 Afghans|displaced;a=the UN refugee agency]] in Khyber Pakhtunkhwa hold
    Proof of Registration cards, the UN refugee agency said, [[about 55,000|displaced;a=the UN
    refugee agency]] of them in [[43 refugee villages|capacity;a=the UN refugee agency;u=other]]
    set up in the {{1980s}}. The agency said its partners had recorded
    the arrest of [[1,847 card holders|arrested;a=The agency;alt=the UN refugee agency]] in
    the province since the government stopped renewing the cards, and that
    [[about 1,100 of those held|returned;a=The agency;alt=the UN refugee agency;n=-]] had been
    deported. Khyber Pakhtunkhwa's chief minister said the province would not forcibly remove
    refugees who had lived there for {{four decades}}. Community leaders in the Kacha Garhi camp
    said [[at least 30 families|returned;a=Community leaders in the Kacha Garhi camp]] had already
    left for Nangarhar rather than risk arrest.""",
)

item(
    "Pakistani and Afghan forces clash along border; Torkham shut",
    """Pakistani troops and Afghan Taliban forces fought along several stretches of the border
    overnight, and Pakistan's military said [[23 of its soldiers|killed;a=Pakistan's military;n=soldiers]]
    had been killed and [[29 wounded|injured;a=Pakistan's military;n=-]]. The ISPR claimed that
    [[more than 200 Taliban and affiliated fighters|killed;a=The ISPR;n=fighters]] had been killed
    and that [[19 Afghan border posts|other;u=structure;a=The ISPR]] had been captured or destroyed.
    The Taliban government's spokesman said [[58 Pakistani soldiers|killed;a=The Taliban
    government's spokesman]] had died and that [[nine of its fighters|killed;a=The Taliban
    government's spokesman;n=fighters]] were killed. Both sides closed the Torkham and Chaman
    crossings, stranding [[about 5,000 trucks|other;a=traders]] on the Pakistani side, traders
    said. In Khyber district, [[some 400 families|displaced;a=the district administration]] living
    within range of the border were moved to schools in Landi Kotal, the district administration
    said.""",
)

item(
    "Second phase of deportations targets Afghan Citizen Card holders",
    """Pakistan has sent back [[more than 80,000 Afghans|returned;a=the interior ministry]] since
    {{April 1}}, when the government extended its deportation drive to holders of Afghan Citizen
    Cards, the interior ministry said on {{Monday}}. About a third of them went through Torkham.
    The International Organization for Migration said [[2,100 families|returned;a=The International
    Organization for Migration]] had crossed at Torkham on {{Sunday}} alone, among them
    [[about 700 unaccompanied children|returned;a=The International
    Organization for Migration]]. It said the number of returnees could reach
    [[as many as 800,000|returned;p;a=The International Organization for Migration]] by the
    end of the year. In Islamabad and Rawalpindi, police raids on Afghan neighbourhoods led to
    the detention of [[at least 4,200 Afghans|arrested;a=rights groups]] in {{a month}},
    rights groups said. The ministry has set up [[two more holding centres|capacity;a=The ministry;alt=the interior ministry]] in
    Islamabad, it said. A {{52-year-old}} vegetable seller who had lived in Peshawar since {{1985}}
    said he had been given {{three days}} to leave.""",
)

item(
    "HRCP fact-finding mission says Kurram violence went unchecked for months",
    """A fact-finding mission of the Human Rights Commission of Pakistan said on {{Thursday}} that
    the authorities had ignored repeated warnings before the violence in Kurram, which it said
    had killed [[at least 130 people|killed;a=A fact-finding mission of the Human Rights Commission of Pakistan]] since
    {{July}}. The mission, which spent {{five days}} in the district, said
    [[about 2,000 families|displaced;a=The mission;alt=A fact-finding mission of the Human Rights Commission of Pakistan]] remained displaced, and that
    [[over 100 travellers|kidnapped;a=The mission;alt=A fact-finding mission of the Human Rights Commission of Pakistan]] had been abducted on the road by armed
    men of both sects and later exchanged. [[Eleven people|missing;a=The mission;alt=A fact-finding mission of the Human Rights Commission of Pakistan]] were still
    missing, it said. The commission's chairperson said the state had let
    [[thousands of armed tribesmen|combatants;a=The commission's chairperson]] move freely in
    the district. She said [[up to 35 villages|other;a=The commission's chairperson]] in
    Lower Kurram had no functioning school or health post. The provincial government rejected the
    report as one-sided.""",
)

item(
    "Kidnapped travellers freed in Sadda as Bagan families return",
    """Elders in Lower Kurram secured the release of [[14 travellers|kidnapped;a=police]] from
    Upper Kurram who had been held in Sadda for {{nearly three weeks}}, police said on
    {{Tuesday}}. In return, [[eight men|kidnapped;a=police]] held in Parachinar were freed,
    police said. The exchange opened the way for [[the first 250 families|returned;a=the district
    administration]] displaced from Bagan to go home, according to the district administration.
    It said [[300 houses|housing;p;a=the district administration]] and the burned bazaar
    would be rebuilt with government money, and that [[1,200 families|aid;a=the district
    administration]] had received cash grants of {{Rs 100,000}} each. Residents said that
    [[fewer than 50 shops|other;a=Residents]] in the bazaar had
    reopened.""",
)

item(
    "UNHCR doubles return grant as Afghan refugees leave Khyber Pakhtunkhwa camps",
    """The UN refugee agency said on {{Wednesday}} that [[12,640 registered refugees|returned;a=The UN
    refugee agency]] had gone back to Afghanistan under its voluntary repatriation programme
    since {{January}}, most of them from camps in Khyber Pakhtunkhwa. UNHCR said it had doubled
    its cash grant to {{$700}} a person to help returnees cope with the cost of rebuilding in
    Nangarhar and Kunar. Its two encashment centres near the border, at Azakhel in Pakistan and
    Samarkhel in Afghanistan, could each process [[up to 3,000 people a day|returned;p;a=UNHCR]],
    UNHCR said. The agency expects [[between 40,000 and 50,000 more refugees|returned;p;a=The agency;alt=UNHCR]]
    to leave before winter. [[Around 8,000 of those who left|returned;n=-]] had been born in
    Pakistan. In Nangarhar, the Taliban authorities said they had allocated land for
    [[5,000 houses|housing;p;a=the Taliban authorities]] for returnees.""",
)

item(
    "Peshawar police seal Afghan-run shops, detain traders",
    """Police in Peshawar sealed [[about 450 shops|other;a=a police spokesman]] run by Afghans in
    the Board Bazaar and Karkhano markets on {{Saturday}}, a police spokesman said, and detained
    [[67 traders|arrested;a=a police spokesman]] who could not show valid residence documents.
    [[Twenty-two of them|returned;a=Officials;n=-]] were taken to the Torkham border the same
    evening and handed to Afghan officials, Officials said. Traders' associations said
    [[nearly 3,000 Afghan workers|other;a=Traders' associations]] in the two markets had lost
    their jobs overnight. Police said [[some 1,500 Afghans|returned;a=Police]] had left Peshawar of their own accord
    in the past week. Many Afghan families in the city have lived there since the
    {{1980s}}. The district administration said [[30 of the detained traders|arrested;a=The
    district administration;n=traders]] were later released on bail.""",
)

item(
    "Torkham trade falls as border closures drag on",
    """Trade through the Torkham crossing fell by {{37 per cent}} in the {{2024-25}} fiscal year, to
    {{$1.1 billion}}, the Sarhad Chamber of Commerce said on {{Monday}}, as repeated closures and new
    documentation rules slowed traffic. The crossing was shut for {{more than 25 days}} during the
    year, the longest closure lasting {{11 days}} in {{February}}. Exporters of fruit and
    vegetables said each day of closure cost them about {{Rs 100 million}}. The chamber said
    Afghanistan's share of Pakistan's exports had fallen to {{4 per cent}} from {{8 per cent}} in
    {{2020}}. A new terminal at Torkham, open {{24 hours}} a day since {{2023}}, has yet to reach its
    planned capacity.""",
)

item(
    "Kurram peace agreement sets out terms",
    """The {{14-point}} agreement was signed in Kohat on {{January 1}} by elders of Kurram's Sunni and
    Shia tribes. Both sides agreed to hand in heavy weapons within {{15 days}} and to
    dismantle their bunkers within {{one month}}. The Thall-Parachinar road, closed since
    {{October 12}}, is to reopen in stages, with convoys running between {{8am}} and {{4pm}} only.
    Any tribe whose area is used for an attack will be fined {{Rs 10 million}}. It is the
    {{second}} such accord in {{17 months}}, after one signed in {{August 2023}} broke down within
    weeks.""",
)
