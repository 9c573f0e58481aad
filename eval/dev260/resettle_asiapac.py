"""dev260 items, part 4: Australia's and New Zealand's programmes, community sponsorship, the
Rohingya, Afghans in Pakistan and Iran, and East Africa's long-stay camps."""

from _wrap import item

item(
    "Australia lifts humanitarian intake to 20,000 places",
    """CANBERRA - Australia will raise its annual humanitarian programme to [[20,000 places|capacity;u=other;a=Immigration
    Minister Andrew Giles;p]] in {{2023-24}}, Immigration Minister Andrew Giles said, up from
    [[17,875|capacity;n=-]]. The government also set aside [[31,500 places|capacity;u=other;p]] over
    {{four years}} for Afghans. Of the [[16,000 to 18,000 visas|other;u=other;a=the Home Affairs
    department]] granted each year before the pandemic, [[between 1,000 and 1,500|displaced;n=-;a=the Home
    Affairs department]] went to people proposed through the community sponsorship stream, the Home
    Affairs department said. Settlement services helped [[about 4,200 families|aid]] find housing in
    Sydney and Melbourne last year. [[As many as 2,000 Afghans|displaced;a=refugee advocates]] on
    temporary visas in Indonesia are still waiting for a decision, refugee advocates said.""",
)

item(
    "US takes last refugees from Nauru under Obama-era deal",
    """SYDNEY - [[More than 1,100 refugees|displaced;a=the Department of Home Affairs]] held on Nauru
    and Papua New Guinea's Manus Island have been resettled in the United States under the {{2016}}
    agreement, the Department of Home Affairs said, against the [[1,250|capacity;n=-]] the deal
    allowed. [[About 80 people|arrested]] remain in offshore processing, and [[around 1,000|displaced;n=-]]
    have been brought to Australia for medical treatment. At its height in {{2014}}, the Manus centre
    held [[1,353 men|arrested]]. During riots there in {{February 2014}}, [[one asylum seeker|killed]]
    was killed and [[more than 60|injured;n=-]] injured. New Zealand has agreed to take [[up to 150
    refugees|capacity;a=New Zealand;p]] a year from Australia's system for {{three years}}. [[Twelve
    people|killed;a=the Refugee Council of Australia]] died in offshore detention between {{2013}} and {{2019}}, according to the
    Refugee Council of Australia.""",
)

item(
    "Fire in Cox's Bazar camp destroys 2,000 shelters",
    """COX'S BAZAR, Bangladesh - A fire tore through {{Camp 11}} of the Rohingya settlement on Sunday,
    destroying [[about 2,000 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]] and
    leaving [[some 12,000 refugees|displaced;a=the Refugee Relief and Repatriation Commissioner]]
    homeless, the Refugee Relief and Repatriation Commissioner said. [[At least 90 facilities|housing;a=UNHCR]],
    including clinics and learning centres, were also damaged, UNHCR said. [[Around 20 people|injured]]
    were treated for burns. Aid agencies handed out [[3,500 family kits|aid]] and hot meals to
    [[between 10,000 and 12,000 people|aid]] on Monday. In a {{2021}} blaze in the same area,
    [[15 refugees|killed]] died and [[more than 400|missing;n=-]] were reported missing. Only [[about
    1,100 Rohingya|displaced]] have been resettled abroad since {{2017}}.""",
)

item(
    "Pakistan deportation drive catches Afghans awaiting Western visas",
    """ISLAMABAD - Pakistani police have detained [[more than 1,000 Afghans|arrested;a=lawyers]] in
    Islamabad and Rawalpindi since the start of {{April}}, lawyers said, including [[dozens of
    families|arrested]] holding letters from Western embassies. [[About 25,000 Afghans|displaced;a=diplomats]]
    in Pakistan are in resettlement pipelines to the United States, Germany, Britain, Canada and
    Australia, diplomats estimate. The IOM said [[nearly 1.8 million people|returned;a=The IOM]]
    had crossed back into Afghanistan from Pakistan and Iran in {{2025}}, {{a third}} of them deported. At the Torkham crossing,
    officials said [[between 2,000 and 3,000 people|returned;a=officials]] were arriving each day.
    Human Rights Watch said [[at least 30 women|civilians;a=Human Rights Watch]] who had worked as
    judges or prosecutors were among those at risk of deportation. [[Some 200 Afghan former
    soldiers|displaced;a=veterans'
    groups]] who fought alongside US forces are also waiting in Islamabad, veterans'
    groups say. Police in Karachi raided [[14 guesthouses|other;u=structure]] used by evacuees.""",
)

item(
    "New Zealand's refugee quota rises to 1,500",
    """WELLINGTON - New Zealand will raise its annual refugee quota to [[1,500 places|capacity;u=other;a=Prime
    Minister Jacinda Ardern;p]] from {{July 2020}}, Prime Minister Jacinda Ardern said, up from
    [[1,000|capacity;n=-]]. Arrivals spend their first {{five weeks}} at the Mangere Refugee
    Resettlement Centre in Auckland, which has room for [[about 300 people|capacity]]. The centre
    received [[1,020 refugees|displaced]] in the year to {{June}}, officials said. A community
    sponsorship pilot will bring [[up to 50 refugees|displaced;p]] in its first {{two years}}. [[Nine
    Syrian families|displaced]] have settled in Dunedin, and [[another 20 to 25 families|displaced;p]]
    are expected there next year. Volunteers from [[four church groups|other;u=other]] have
    furnished [[18 houses|aid]] for them.""",
)

item(
    "South Korea flies 390 Afghan aides to Incheon",
    """SEOUL - [[Two South Korean military transport planes|other;u=other]] brought [[378 Afghans|displaced;a=the Justice
    Ministry]] to Incheon on Thursday, following [[13|displaced;n=-;a=the Justice Ministry]] who arrived
    the day before, the Justice Ministry said. The group of [[390 people|displaced]] includes [[about
    180 children|displaced]], among them [[three newborns|displaced]], and [[76 families|displaced]]
    of former staff at the Korean embassy, hospital and training centre in Bagram. [[About 65
    soldiers|combatants]] were sent for Operation Miracle. They will stay
    at a government training centre in Jincheon for {{six weeks}}, where [[some 150 residents|other;a=local
    media]] protested on arrival, local media reported.""",
)

item(
    "Rohingya boat missing in Andaman Sea with 180 aboard",
    """GENEVA - A boat carrying [[about 180 Rohingya refugees|missing;a=UNHCR]] who left Bangladesh
    in late {{November}} is feared lost in the Andaman Sea, UNHCR said, after relatives lost contact.
    [[More than 3,500 Rohingya|displaced;a=the agency;alt=UNHCR]] attempted the crossing in {{2022}}, the
    agency said, and [[at least 348|killed;n=-;a=the agency;alt=UNHCR]] died or went missing at sea.
    In Aceh, fishermen brought [[58 men|other]] ashore on Sunday. Indonesian police said they had
    arrested [[three crew members|arrested;a=Indonesian police]] on smuggling charges. Rights groups
    say [[between 20 and 30 of the passengers|kidnapped;n=passengers;a=Rights groups]] were held for
    ransom by traffickers in Myanmar before the voyage.""",
)

item(
    "Kakuma refugees face cuts as US departures stop",
    """NAIROBI - [[About 4,300 refugees|displaced;a=the International Rescue Committee]] in Kenya's
    Kakuma and Dadaab camps had completed US interviews and medical checks when admissions were
    suspended, the International Rescue Committee said. The World Food Programme has cut rations for
    [[some 720,000 refugees|aid;a=The World Food Programme]] in Kenya to {{40 percent}} of a full
    basket, the agency said. In Dadaab, [[more than 12,000 new arrivals|displaced]] from Somalia were
    waiting for registration. UNHCR had planned to submit [[9,000 to 10,000 people|displaced;a=UNHCR;p]]
    from Kenya for resettlement in {{2025}}. Police said [[two refugees|killed;a=Police]] were
    shot dead and [[17|injured;n=-;a=Police]] injured when protests over food rations turned violent
    in Kakuma. [[About 300 police officers|combatants]] were deployed to the camp afterwards.""",
)

item(
    "UK community sponsorship passes 1,000 refugees, groups call for more",
    """LONDON - Community sponsorship groups have welcomed [[more than 1,000 refugees|displaced;a=Reset]]
    to Britain since the scheme began in {{July 2016}}, according to Reset, the charity that trains
    sponsors. [[Around 200 groups|other;u=other]], many of them run by churches, mosques and Rotary
    clubs, have each raised at least {{£9,000}} and found a home for a family. The charity says
    [[about 350 families|aid;a=The charity;alt=Reset]] have been supported so far. Sponsors in Devon
    said [[a dozen volunteers|other;a=Sponsors in Devon]] had worked for {{18 months}} before their
    first family arrived. The Home Office wants [[up to 500 families|capacity;a=The Home Office;p]] a
    year to come through the route. Under the wider UK Resettlement Scheme, [[1,125 refugees|displaced]]
    were resettled in {{2023}}, down from [[5,612|displaced;n=-]] in {{2019}}.""",
)

item(
    "Thai border camp fire leaves 400 homeless as resettlement winds down",
    """MAE SOT, Thailand - A fire in Mae La camp on the Thai-Myanmar border destroyed [[about 90
    bamboo houses|housing;a=camp officials]] on Tuesday, camp officials said, leaving [[some 400
    people|displaced;a=camp officials]] without shelter. [[Three children|injured]] were treated for
    burns. Mae La holds [[around 37,000 refugees|displaced]], most of them Karen who fled fighting
    in Myanmar in the {{1980s}} and {{1990s}}. [[More than 100,000 people|displaced;a=UNHCR]] were
    resettled from the [[nine camps|capacity]] along the border between {{2005}} and {{2019}}, UNHCR said,
    most to the United States. Since the {{2021}} coup, [[4,000 to 5,000 new arrivals|displaced]] have
    crossed to Tak province, but Thailand does not allow them into the camps. The Border Consortium
    distributed [[2,000 relief kits|aid;a=The Border Consortium]] after the fire, it said.""",
)

item(
    "Japan has taken in 2,600 Ukrainians, but few Afghans",
    """TOKYO - Japan has accepted [[about 2,600 Ukrainian evacuees|displaced;a=the Immigration Services
    Agency]] since {{March 2022}}, the Immigration Services Agency said, a break with its
    traditionally tight policy. By contrast, it recognised [[just 303 refugees|displaced]] in {{2023}},
    of whom [[237|displaced;n=-]] were Afghans, and approved [[between 100 and 150 people|displaced]] a
    year under its small third-country resettlement programme. The Nippon Foundation said it had
    provided living support to [[more than 2,000 evacuees|aid;a=The Nippon Foundation]], including
    {{¥1 million}} a year for each person. Local governments offered [[about 5,000 public housing
    units|capacity]]. [[Fewer than 200 of the Ukrainians|returned;n=Ukrainians;a=officials]] have gone home,
    officials said.""",
)

item(
    "Burundian refugees return from Tanzania as camps shrink",
    """KIGOMA, Tanzania - [[More than 160,000 Burundian refugees|returned;a=UNHCR]] have gone home from
    Tanzania under the voluntary repatriation programme since {{September 2017}}, UNHCR said. The
    Nduta and Nyarugusu camps still hold [[about 120,000 people|displaced]]. Human Rights Watch said
    Tanzanian police had detained [[at least 18 refugees|arrested;a=Human Rights Watch]], and that
    [[11 of them|missing;n=-;a=Human Rights Watch]] were still unaccounted for. [[Up to three convoys|returned]] a
    week carry [[between 800 and 1,200 people|returned]] across the border, and each returnee
    receives a {{three-month}} food ration and a kit of household items. Only [[about 1,400
    Burundians|displaced]] were resettled to third countries last year. The World Food Programme said
    it was feeding [[some 200,000 people|aid;a=The World Food Programme]] in the region's camps,
    including [[35,000 Congolese|aid;a=it;alt=The World Food Programme]].""",
)

item(
    "Uganda's settlements strain as resettlement places fall",
    """KAMPALA - Uganda hosts [[more than 1.7 million refugees|displaced;a=the Office of the Prime
    Minister]], the Office of the Prime Minister said, the most in Africa, and [[nearly 600 a
    day|displaced;n=-]] arrived from Sudan, South Sudan and Congo in the first months of {{2025}}.
    UNHCR submitted [[only 2,900 refugees|displaced]] from Uganda for resettlement last year. The
    Nyakabande transit centre, built for [[1,000 people|capacity]], held [[about 6,000|displaced;n=-;a=aid
    workers]], aid workers said. New arrivals are given plots of {{30 by 30 metres}}; [[some 14,000 households|aid;a=the
    World Food Programme]] received cash instead of food in {{June}}, the World Food Programme said.
    [[Up to 40 children|killed;a=Medecins Sans Frontieres]] a month were dying of malnutrition and
    measles in Kiryandongo at the peak, Medecins Sans Frontieres said, and [[dozens of
    volunteers|other]] were recruited to trace families.""",
)

item(
    "Australia's offshore processing: a timeline",
    """{{13 August 2012}}: the government reopens processing on Nauru and Manus Island. {{19 July
    2013}}: Prime Minister Kevin Rudd announces that no asylum seeker arriving by boat will be settled
    in Australia. {{13 November 2016}}: a deal with the United States is announced. {{31 October
    2017}}: the Manus centre closes after a {{23-day}} stand-off. {{2021}}: the contract with Nauru is
    extended, at a cost of about {{A$350 million}} a year. {{24 June 2023}}: the last refugee on
    Nauru is flown out, though the centre remains open.""",
)

item(
    "Community sponsorship: what it costs and how long it takes",
    """In Canada, a group of {{five}} sponsors must raise roughly {{C$16,500}} for a single refugee
    and about {{C$28,000}} for a family of {{four}}. In Britain, the Home Office asks for {{£9,000}}
    and a house for {{two years}}. Australia's scheme charges visa fees that can exceed {{A$20,000}},
    and applications take {{18 months}} to {{three years}}. In New Zealand, support lasts {{12
    months}}, and about {{70 percent}} of sponsored adults were in work after {{two years}}, a {{2022}}
    evaluation found.""",
)
