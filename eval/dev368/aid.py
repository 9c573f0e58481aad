"""Aid: cash and food cuts, winter, fires, shelter, schools and clinics in Jordan and Lebanon."""

from _wrap import item

item(
    "WFP to cut food aid to 50,000 refugees in Jordan's camps",
    """AMMAN (Reuters) - The World Food Programme will stop assistance to
    [[about 50,000 refugees|aid;p;a=The World Food Programme]] in Jordan from {{August}}, the
    agency said on {{Monday}}, and reduce the monthly transfer for [[the remaining 410,000
    people|aid;a=the agency;alt=The World Food Programme]] it helps, blaming a funding gap of
    {{$41 million}}. Camp residents in Zaatari and Azraq, [[some 119,000 people|displaced]] in
    all, will get {{$21}} a month instead of {{$32}}, the agency said. WFP said it had already
    removed [[more than 100,000 people|aid;a=WFP]] from its lists in {{2021}} after assessing
    which families could cope. [[Around 15,000 families|aid;p]] in host communities will move to
    a smaller voucher. "We are being forced to choose between the hungry and the starving," the
    WFP country director said. [[About 1,500 staff|other]] at shops that accept WFP cards could
    lose their jobs, traders said.""",
)

item(
    "Lebanon: WFP and UNHCR cut cash to a third of Syrian families",
    """BEIRUT - WFP and UNHCR will drop [[about 88,000 Syrian families|aid;p;a=the agencies]] from
    their joint cash programme in Lebanon from {{January}}, the agencies said, leaving
    [[some 180,000 households|aid]] on the lists. Each family receiving aid will get up to
    {{$125}} a month, down from {{$145}}. UNHCR registered [[about 755,000 Syrian
    refugees|displaced;a=UNHCR]] in Lebanon at the end of {{2024}}, the agency says, though the
    government estimates the real number at [[1.5 million|displaced;n=-;a=the government]].
    {{Nine in 10}} Syrian families live in extreme poverty, a UN survey found. The Norwegian
    Refugee Council said [[more than 6,000 households|displaced;a=The Norwegian Refugee
    Council]] had been evicted for unpaid rent in the {{first}} half of the year, and
    [[hundreds of families|displaced]] had moved from flats into tents. UNHCR's hotline took
    [[some 40,000 calls|other;u=other]] in the {{week}} after the cuts were announced.""",
)

item(
    "Storm Zina buries Bekaa camps in snow; child dies of cold",
    """Storm Zina dumped heavy snow on Lebanon's Bekaa valley, collapsing [[more than 400
    tents|housing;a=UNHCR]] in informal settlements, UNHCR said on {{Thursday}}. [[One Syrian boy|killed;a=local doctors]]
    died of exposure near the border town of Qaa, and [[at least 10 people|injured;a=local doctors]] were treated
    for frostbite or burns from stoves, local doctors said. [[Some 1,500 families|displaced;a=the
    Lebanese Red Cross]] were moved to schools and mosques, the Lebanese Red Cross said. Aid
    agencies handed out [[about 20,000 blankets|aid]], [[4,500 stoves|aid;u=other]] and
    fuel for [[some 30,000 families|aid]]. The storm affected [[more than 60,000
    refugees|civilians;a=the agency;alt=UNHCR]] living in [[around 900 settlements|capacity]], the
    agency said. Temperatures fell to {{minus 8C}} in Arsal, where snow was {{1 metre}} deep.""",
)

item(
    "Fire rips through Bekaa settlement, killing mother and children",
    """A fire tore through an informal settlement near Bar Elias in the Bekaa on {{Sunday}},
    killing [[four members|killed;a=the Lebanese
    Civil Defence]] of a family, the Lebanese Civil Defence said. [[Seven other residents|injured]] were taken to hospital in Chtaura,
    [[two of them|injured;n=-]] in a serious condition. The blaze burned [[27 tents|housing]] and
    left [[about 130 people|displaced]] without shelter, according to UNHCR, which sent
    [[30 emergency shelter kits|aid;a=UNHCR]]. [[Four fire engines|other;u=other]] fought the
    flames for {{two hours}}. Residents said a candle had fallen on a mattress. It was the
    {{third}} deadly fire in a Bekaa settlement this winter; [[about 4,000 tents|housing;a=aid
    groups]] in the valley have burned since {{2016}}, aid groups estimate.""",
)

item(
    "Child labour soars in Bekaa as families lose aid, Save the Children says",
    """[[About 180,000 Syrian children|other;a=Save the Children]] in Lebanon are working, Save the
    Children said in a report on {{Tuesday}}, many in the potato and tomato fields of the Bekaa
    for as little as {{$4}} a day. In a survey of [[1,350 households|other]] in the valley, the
    charity found children as young as {{six}} working {{12-hour}} days. [[More than 2,000
    children|other;a=the charity;alt=Save the Children]] it interviewed had never been to school,
    the charity said. Police arrested [[43 farm owners|arrested]] last year for employing children
    {{under 14}}, but [[only nine|other;n=-]] were fined. Since the cash cuts,
    [[some 12,000 families|civilians;a=UNICEF]] have sent a child to work, UNICEF estimates.
    The charity runs [[22 learning centres|other]] in the Bekaa for working children, reaching
    [[about 3,500 pupils|other]].""",
)

item(
    "MSF clinics in Arsal and the Bekaa see surge in patients",
    """Doctors Without Borders (MSF) said on {{Wednesday}} its [[four clinics|other;a=Doctors Without
    Borders]] in the Bekaa had carried out [[more than 120,000 consultations|other;u=other]] last
    year, a rise of {{30%}} as refugees lost cash aid and could no longer pay for care. In Arsal,
    where [[about 35,000 Syrians|displaced]] still live, MSF's clinic treats [[some 200 patients a
    day|other]]. The group said [[roughly 4,800 people|other]] with diabetes or high blood
    pressure depended on it for medicine. MSF doctors delivered [[1,900 babies|other]] at its
    Majdal Anjar maternity unit. The charity warned that [[up to 8,000 patients|other;p;a=The
    charity;alt=Doctors Without Borders]] could lose care if funding ran out in {{June}}.""",
)

item(
    "NRC repairs shelters for Syrians and poor Lebanese in Akkar",
    """The Norwegian Refugee Council said on {{Thursday}} it had repaired [[1,300
    shelters|housing;a=The Norwegian Refugee Council]] in Akkar this year, most of them unfinished
    buildings where Syrian families live without doors or windows. The work benefited
    [[about 3,000 families|aid;a=the group;alt=The Norwegian Refugee Council]], including
    [[some 600 Lebanese households|aid]], the group said. In return for repairs, landlords agreed
    to freeze rents for {{12 months}}. The council also installed [[450 latrines|aid]] and
    [[120 water tanks|aid;u=other]] in informal settlements. It plans to rehabilitate
    [[another 900 units|housing;p;a=The Norwegian Refugee Council]] next year if funding
    allows. A UN survey found that [[more than 200,000 refugees|civilians;a=A UN survey]] in
    Lebanon live in non-residential or substandard buildings.""",
)

item(
    "Makani centres reach children in Jordan's camps and cities",
    """UNICEF said on {{Sunday}} its [[136 Makani centres|other;a=UNICEF]] in Jordan had reached
    [[more than 100,000 children|aid;a=UNICEF]] last year with catch-up lessons, psychosocial
    support and life skills. [[Around 28,000 of them|aid;n=-]] were in Zaatari and Azraq. The
    agency employs [[some 1,200 facilitators|other]], many of them refugees themselves, who
    earn about {{$200}} a month. In Mafraq, [[nine centres|other]] closed in {{March}} after
    donors cut funding, turning away [[about 2,500 children|other;a=local staff]], local staff
    said. UNICEF estimates that [[70,000 refugee children|civilians;a=UNICEF]] in Jordan need
    specialised support for trauma. The agency plans to open [[15 new centres|other;p;a=The
    agency;alt=UNICEF]] in host communities by {{2026}}.""",
)

item(
    "Syrian refugees protest cash cuts outside UNHCR office in Beirut",
    """BEIRUT - [[About 300 Syrian refugees|other;a=witnesses]] rallied outside the UNHCR office
    in Beirut's Jnah district on {{Tuesday}} to protest against cuts to cash aid, witnesses said,
    some holding cards that no longer worked. Police arrested [[15 people|arrested;a=the
    Internal Security Forces]] after protesters blocked the road, the Internal Security Forces
    said, [[11 of them|arrested;n=-;a=the Internal Security Forces]] Syrians. [[Two officers|injured]] were slightly hurt.
    Protesters said that [[some 50 families|displaced;a=Protesters]] from their neighbourhood had been
    evicted. UNHCR said it had to remove [[about 40,000 households|aid;a=UNHCR]] from cash aid
    because of a {{38%}} drop in funding. A spokeswoman said [[the 400 staff|other;a=A spokeswoman]] at its call
    centre were answering [[up to 6,000 calls a day|other;u=other;a=A spokeswoman]].""",
)

item(
    "Water and power in Zaatari: the numbers behind a city of caravans",
    """Zaatari's water now comes from [[three boreholes|other]] inside the camp, pumping into a
    network of pipes that reaches [[about 25,000 households|aid;a=UNICEF]], UNICEF said, ending
    the {{decade}} in which [[up to 100 tanker trucks a day|aid;a=UNICEF]] delivered water. The network
    cost {{$20 million}}. A {{12.9-megawatt}} solar plant gives each caravan {{nine to 12
    hours}} of electricity a day. The camp has [[some 600 shared latrines|aid]], down from
    [[over 2,000|aid;n=-;u=other]] in {{2014}}, as families built their own. Oxfam said it
    employs [[about 450 refugees|other;a=Oxfam]] as cash-for-work plumbers and cleaners. The camp
    is divided into [[12 districts|capacity]] and has [[two hospitals|other]].""",
)

item(
    "Gunmen seize aid drivers on Bekaa road; army frees them",
    """Gunmen stopped a convoy of [[six WFP trucks|aid]] carrying flour to refugee settlements near
    Hermel on {{Friday}} and seized [[four drivers|kidnapped;a=the army]], the army said, before
    troops freed [[three of them|kidnapped;n=-;a=the army]] in a raid on {{Saturday}}. The {{fourth}},
    a Syrian, is still held by a clan demanding the release of a relative, security sources said.
    [[About 200 soldiers|combatants]] backed by armoured vehicles surrounded the clan's village,
    and [[five suspects|arrested;a=the army]] were detained, the army said. [[One soldier|injured]]
    was shot in the leg. The trucks carried [[about 120 tonnes|aid]] of flour for
    [[some 8,000 refugees|aid]] in the northern Bekaa. WFP said it had suspended deliveries on the
    road, affecting [[12 distribution points|other]].""",
)

item(
    "Storm kills two in Lebanon camps as snow cuts off Arsal",
    """A winter storm killed [[two Syrian refugees|killed;a=UNHCR]] in Lebanon, UNHCR said on
    {{Wednesday}}: a man whose tent collapsed in Arsal and a woman overcome by fumes from a stove
    in Akkar. [[Two shepherds|missing;a=the Lebanese Red Cross]] caught in snow on the Arsal
    heights were still missing, the Lebanese Red Cross said. Flooding and snow damaged
    [[more than 1,200 tents|housing]] in [[about 300 settlements|housing;u=structure]], and
    [[some 4,000 people|displaced]] spent the night with neighbours or in mosques. [[At least 17
    people|injured]] were treated for carbon monoxide poisoning. In Jordan, where the storm also
    hit, civil defence teams evacuated [[140 families|displaced;a=the Jordanian Civil Defence]]
    from flooded tents in the Jordan Valley, the Jordanian Civil Defence said. Snow up to
    {{50 cm}} deep cut the road to Arsal for {{three days}}.""",
)

item(
    "Registration freeze leaves Lebanon's Syrian babies without papers",
    """Since Lebanon stopped UNHCR from registering new refugees in {{2015}}, the agency has
    recorded [[more than 250,000 Syrian births|other;u=person;a=the agency;alt=UNHCR]] in the
    country, it said, but [[about 70,000 of those children|other;n=-]] have no Lebanese birth
    certificate. Without papers, they risk statelessness. [[Some 300,000 people|displaced]]
    who arrived after the freeze are not on the agency's books at all, aid workers estimate.
    A {{2018}} amnesty allowed parents to register births up to {{age one}}; the Norwegian
    Refugee Council said it helped [[about 30,000 families|aid;a=the Norwegian Refugee
    Council]] through the process. General Security has arrested [[dozens of undocumented
    Syrians|arrested]] at checkpoints, lawyers say. The government allowed UNHCR to resume
    recording in {{2024}} [[the 90,000 Syrians|displaced]] displaced inside the country by the
    Israeli bombardment of the south.""",
)

item(
    "Aid hoisted by crane over the berm as Jordan keeps Rukban sealed",
    """Aid agencies used cranes to lift [[about 650 tonnes|aid]] of food over the sand berm to
    [[some 75,000 people|aid;a=the UN]] stranded at Rukban, the UN said on {{Monday}}, the
    first delivery since Jordan sealed the border in {{June}}. The operation took {{eight days}}
    and was watched by [[hundreds of Jordanian soldiers|combatants]] on the other side of the
    berm. Community leaders inside the camp distributed the food, since aid workers were barred
    from entering. A car bomb at a water point in {{January}} had killed [[at least four
    people|killed]] and wounded [[more than 20|injured;n=-]], and the army has since allowed
    only [[about 10 aid workers|other]] at a time near the berm. Medics said [[around 300
    patients|other;a=Medics]] were waiting to be let into Jordan for treatment. Jordanian
    officials said [[some 5,000 people|displaced;a=Jordanian officials]] had left the camp for
    areas held by the Syrian government.""",
)

item(
    "Cost of survival basket for Syrian refugees jumps again",
    """The cost of the survival minimum expenditure basket for a Syrian refugee family in Lebanon
    rose to {{$436}} a month in {{March}}, up {{8%}} from {{December}}, WFP said in its latest
    market monitor. The price of a {{900-gram}} bundle of bread was fixed at {{60,000 pounds}}.
    Diesel for heating rose to {{$1}} a litre in the Bekaa, where night temperatures average
    {{2C}} in {{January}}. WFP's monthly transfer of {{$20}} per person now covers about
    {{a third}} of food needs, it said, compared with {{80%}} in {{2019}}.""",
)

item(
    "Forecasters warn of snow and gales for camps this weekend",
    """Jordan's Meteorological Department warned of snow above {{800 metres}} and wind gusts of up
    to {{90 km/h}} from {{Friday}} evening, with temperatures dropping to {{minus 3C}} in Mafraq
    and the eastern desert. In Lebanon, snow is expected down to {{700 metres}} in the Bekaa by
    {{Saturday}} morning, with up to {{60 millimetres}} of rain on the coast. The storm is the
    {{second}} of the season. UNHCR urged refugees in tented settlements to secure roofs with
    sandbags and keep stoves {{1 metre}} from fabric walls. Schools in Jordan's north will open at
    {{10am}} on {{Sunday}}.""",
)
