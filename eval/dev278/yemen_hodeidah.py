"""Hodeidah, the Red Sea coast and the ports: strikes, aid ships, cholera and hunger."""

from _wrap import item

item(
    "Strikes on Hodeidah port kill dock workers",
    """Air strikes on Hodeidah port overnight killed [[six dock workers|killed;a=the Houthi-run
    health ministry]] and wounded [[17|injured;a=the Houthi-run health ministry;n=-]], the
    Houthi-run health ministry said on Sunday. The port authority said [[two of the four
    cranes|other;a=The port authority;n=cranes;u=other]] still working had been hit, along with
    [[three fuel tanks|other;a=The port authority]]. The Red Sea Mills company said its silos beside the quay held grain for
    [[some 2.5 million people|civilians;a=The Red Sea Mills company]]. The strikes followed a Houthi missile attack on a merchant vessel in the Red Sea, the
    {{third}} in {{a week}}. The World Food Programme said up to {{70%}} of Yemen's imports
    enter through Hodeidah and the nearby port of Saleef.""",
)

item(
    "Cholera cases pass 100,000 on the Red Sea coast",
    """Hodeidah governorate has recorded [[more than 100,000 suspected cholera cases|other;a=the
    World Health Organization]] since January, the World Health Organization said on Thursday,
    with [[214 associated deaths|killed;a=the World Health Organization]]. Across Yemen the agency
    counted [[about 249,000 suspected cases|other;a=the agency;alt=the World Health
    Organization]] and [[861 deaths|killed;a=the agency;alt=the World Health Organization]] in
    the same period. WHO said it had set up [[38 oral rehydration corners|other;a=WHO;u=other]]
    in the governorate and planned to vaccinate [[1.1 million people|aid;a=WHO;p]] in
    a campaign before the rains in {{July}}. MSF said its cholera centre in Bajil had admitted
    [[as many as 300 patients a day|other;a=MSF]] at the peak of the outbreak in {{May}}. Only
    {{50%}} of the governorate's health facilities are fully functioning.""",
)

item(
    "Aid ship docks at Hodeidah with wheat",
    """A ship chartered by the World Food Programme docked at Hodeidah on Tuesday carrying
    [[44,000 tonnes|aid;a=the agency;alt=the World Food Programme]] of wheat, enough to feed
    [[about 2.7 million people|aid;a=the agency;alt=the World Food Programme;p]] for a month,
    the agency said. The UN Verification and Inspection Mechanism said it had cleared
    [[14 vessels|other;a=The UN Verification and Inspection Mechanism;u=other]] for Hodeidah, Ras Isa and
    Saleef in {{March}}, against [[22|other;a=The UN Verification and Inspection
    Mechanism;n=-;u=other]] in {{February}}. Shipping sources said
    [[four ships|other;a=Shipping sources]] were waiting at anchor off the coast. WFP said it
    was reaching [[9.5 million people|aid;a=WFP]] a month in Yemen, down from
    [[13 million|aid;a=WFP;n=-]] in {{2022}}, after donors cut funding to {{$1.1 billion}}.""",
)

item(
    "Families flee fighting south of Hodeidah city",
    """Fighting between government-aligned forces and the Houthis around al-Durayhimi and Bayt
    al-Faqih has forced [[between 1,800 and 2,200 families|displaced;a=the United Nations Office
    for the Coordination of Humanitarian Affairs]] to flee since Friday, the United Nations Office
    for the Coordination of Humanitarian Affairs said. OCHA said most of them had moved
    to al-Khawkhah and Hays, where [[some 5,000 displaced people|displaced;a=OCHA]] were already
    living in schools and unfinished buildings. The National Resistance forces led by Tareq
    Saleh said they had pushed back [[dozens of Houthi fighters|combatants;a=The National
    Resistance forces led by Tareq Saleh]] and killed [[18|killed;a=The National Resistance forces
    led by Tareq Saleh;n=-]]. Medics in al-Khawkhah said [[four civilians|killed;a=Medics in
    al-Khawkhah]], [[two of them women|killed;a=Medics in al-Khawkhah;n=women]], were killed by
    shelling on a village near the front. Aid agencies distributed
    [[1,500 emergency kits|aid]] and [[600 tents|aid]] in the first {{three days}}.""",
)

item(
    "Hunger monitor warns of famine pockets in Hodeidah districts",
    """The Integrated Food Security Phase Classification said on Monday that
    [[17.1 million people|civilians;a=The Integrated Food Security Phase Classification]] in
    Yemen faced crisis levels of hunger or worse, and that
    [[about 6 million|civilians;a=The Integrated Food Security Phase Classification]] were in the
    emergency phase. It said [[as many as 36,000 people|civilians;a=The Integrated Food Security
    Phase Classification;p]] in [[four districts|other;a=The Integrated Food Security Phase Classification]] of Hodeidah and Hajjah could face famine
    conditions by {{September}} without more aid. UNICEF said
    [[nearly 540,000 children under five|civilians;a=UNICEF;n=children]] in the country suffered
    from severe acute malnutrition. Save the Children said its clinics in Hodeidah had treated
    [[4,120 malnourished children|aid;a=Save the Children]] since January, {{28%}} more than
    in the same months of {{2023}}.""",
)

item(
    "Hodeidah truce monitors count violations",
    """The UN Mission to support the Hodeidah Agreement, UNMHA, said it recorded
    [[612 ceasefire violations|other;a=The UN Mission to support the Hodeidah Agreement;u=other]]
    in the city and its southern districts in the {{three months}} to {{June}}. The mission,
    set up under Resolution {{2452}} in {{January 2019}}, has [[about 40 monitors|other;a=the
    mission;alt=UNMHA;alt=The UN Mission to support the Hodeidah Agreement]] but has been unable to patrol
    most of the front, the mission said. Government officials said shelling on the city's southern
    edge had killed [[five members of their forces|killed;a=Government officials;n=members]]
    since May. The mission said [[21 civilians|killed;a=The mission;alt=UNMHA]] had been killed and
    [[up to 64|injured;a=The mission;alt=UNMHA;n=-]] wounded in the period. The Houthi-run health
    ministry said [[three children|killed;a=The Houthi-run health ministry]] were killed by a
    landmine in al-Tuhayta on {{June 14}}.""",
)

item(
    "Red Sea attacks divert shipping away from Yemen",
    """Traffic through the Bab el-Mandeb strait fell by {{more than 50%}} in {{2024}} after
    Houthi attacks on merchant ships, and the cost of insuring a cargo into Hodeidah rose to
    {{1%}} of its value. Freight rates for a {{40-foot}} container from Asia to the Red Sea
    tripled, reaching {{$7,000}} in {{January}}. Shipping lines rerouted around the Cape of Good
    Hope, adding {{10 to 14 days}} to voyages between Asia and Europe. Yemen's own fuel imports
    were largely unaffected, port data showed.""",
)

item(
    "Missile strike on Houthi-held prison in Hodeidah",
    """An air strike on a detention centre run by the Houthis in Hodeidah killed
    [[at least 28 detainees|killed;a=the International Committee of the Red Cross]], the
    International Committee of the Red Cross said, adding that its teams had delivered medical
    supplies to [[three hospitals|other;a=the International Committee of the Red Cross]] treating the
    wounded. The ICRC said [[about 170 people|arrested;a=The ICRC]] had been
    held in the building. The Houthi-run interior ministry put the toll at
    [[35 dead|killed;a=The Houthi-run interior ministry;n=dead]] and
    [[84 injured|injured;a=The Houthi-run interior ministry;n=injured]], and said
    [[12 detainees|missing;a=The Houthi-run interior ministry]] were still under the rubble.
    The US military said it had struck [[two sites|other;a=The US military]] used to store
    missiles and drones, and that it was reviewing reports of civilian casualties.""",
)

item(
    "WFP resumes food distribution in Houthi areas",
    """The World Food Programme resumed distributions in Houthi-controlled areas on Sunday after
    a pause of {{nine months}} over a dispute on how beneficiaries are registered. The agency
    said it would reach [[2.4 million people|aid;a=The agency;alt=The World Food Programme;p]]
    in a first cycle, about {{40%}} of those it fed before the pause, and that
    [[around 1,300 trucks|aid;a=The agency;alt=The World Food Programme;p]] would move
    food from its warehouses in Hodeidah and Sanaa. The Houthi authority that oversees aid,
    SCMCHA, said [[4.5m people|civilians;a=SCMCHA]] in its areas needed food assistance. The IPC estimated that [[at least 1.7 million people|civilians;a=The IPC]] had slipped into
    emergency levels of hunger during the pause. WFP said it held
    [[around 95,000 tonnes|aid;a=WFP]] of food in its northern warehouses. WFP
    said [[13 of its staff|arrested;a=WFP;n=staff]] were still held by the Houthis, some of them
    since {{June 2024}}.""",
)

item(
    "Flash floods hit displacement sites in Hodeidah",
    """Flash floods swept through displacement sites in Hodeidah and Hajjah governorates after
    heavy rain on Wednesday, killing [[at least 11 people|killed;a=IOM]] and damaging or
    destroying the shelters of [[about 4,600 families|housing;a=IOM]], IOM said. The agency said
    [[31 sites|capacity;a=The agency;alt=IOM]] were affected, [[nine|capacity;a=The agency;alt=IOM;n=-;u=other]]
    of them badly, and [[seven people|missing;a=The agency;alt=IOM]] were missing in the Wadi
    Mawr area. Local authorities in al-Zuhrah district said [[340 homes|housing;a=Local
    authorities in al-Zuhrah district]] had collapsed. UNHCR said it had sent
    [[2,000 shelter kits|aid;a=UNHCR]] and [[5,000 mattresses|aid;a=UNHCR]] from its stocks in
    Hodeidah city. Rainfall of {{120 millimetres}} fell in {{24 hours}}.""",
)

item(
    "Coast guard and migrants off Khokha",
    """A boat carrying migrants from Djibouti capsized off al-Khawkhah on Saturday, leaving
    [[49 people|missing;a=the International Organization for Migration]] missing, the
    International Organization for Migration said. Local fishermen and the coast guard rescued
    [[71 migrants|other]], most of them
    Ethiopians. [[Twenty bodies|killed]] have washed ashore since. IOM said
    [[over 97,000 migrants|displaced;a=IOM]] arrived in Yemen last year, the great majority
    bound for Saudi Arabia, and that [[at least 558 migrants|killed;a=IOM]] had died on the
    route since {{2014}}. Yemeni authorities said they had deported
    [[1,250 migrants|returned;a=Yemeni authorities]] to Ethiopia in {{September}} on
    [[five flights|other;a=Yemeni authorities]].""",
)

item(
    "Mine victims in Hodeidah hospital",
    """In the orthopaedic ward of Hodeidah's al-Thawra hospital, [[eleven patients|injured]] were
    being treated for mine wounds on Tuesday. Landmines and explosive
    remnants have killed [[at least 80 civilians|killed;a=Save the Children]] in Hodeidah
    governorate this year, Save the Children said. The Saudi demining project Masam said it had
    removed [[more than 448,000 mines|other;a=The Saudi demining project Masam]], bombs and other
    devices across Yemen since {{2018}}. In Hays, a {{14-year-old}} girl lost a leg while
    fetching water. The hospital said it had treated [[between 300 and 350 mine victims|injured;a=The
    hospital]] since {{2019}}, and doctors said [[up to 15 new patients a month|injured;a=doctors]]
    still arrive from the southern districts. The International Committee of the Red Cross said it had fitted
    [[6,300 artificial limbs|aid;a=The International Committee of the Red Cross;u=other]] in its
    centres in Yemen since {{2015}}.""",
)

item(
    "Saleef grain silos reopen",
    """The grain silos at Saleef port, damaged in strikes last {{December}}, resumed operations
    on Monday, the Houthi-run port authority said. The Red Sea Ports Corporation said
    [[three bulk carriers|other;a=The Red Sea Ports Corporation;u=other]] carrying
    [[about 180,000 tonnes|other;a=The Red Sea Ports Corporation]] of wheat were waiting to
    unload. [[Some 600 workers|other;a=the corporation;alt=The Red Sea Ports Corporation]] had
    been rehired to run the site, the corporation said. [[Two workers|killed]] died and
    [[nine|injured;n=-]] were hurt when the silos were struck. Traders said wheat stocks in
    Houthi areas would last about {{three months}}. Yemen imports about {{90%}} of its staple
    food, and the UN says [[19.5 million people|civilians;a=the UN]] need assistance.""",
)

item(
    "Houthis sentence dozens in Hodeidah trial",
    """A Houthi-run court in Sanaa sentenced [[17 people|arrested;a=the Houthi-run Saba news
    agency]] to death on Saturday for spying for the coalition, the Houthi-run Saba news agency
    said. Among them were [[four men from Hodeidah|arrested;n=men]] arrested in {{2021}}. Amnesty International said the trial was grossly
    unfair and that [[dozens of detainees|arrested;a=Amnesty International]] faced similar
    charges. The group said [[at least 32 people|arrested;a=The group;alt=Amnesty
    International]] had been sentenced to death by Houthi courts since {{2015}}. In
    {{September 2021}} the Houthis publicly executed [[nine men|killed]] in Sanaa's Tahrir
    Square over the killing of the group's former president Saleh al-Sammad.""",
)

item(
    "Hodeidah hospital overwhelmed after strike on fuel port",
    """Strikes on the Ras Isa fuel port on Thursday killed [[at least 74 people|killed;a=the
    Houthi-run health ministry]] and wounded [[171|injured;a=the Houthi-run health ministry;n=-]],
    the Houthi-run health ministry said, in one of the deadliest attacks of the war on the
    coast. Many of the dead were port workers and paramedics, [[five of them|killed;a=the
    ministry;alt=the Houthi-run health ministry;n=-]] killed in a second strike, the ministry said.
    Al-Thawra hospital in Hodeidah said it had [[only 40 beds|capacity;u=other;n=beds]] for
    burns patients. The United States said it had struck the port to cut off fuel that the
    Houthis sell to fund the war. A doctor at the hospital said [[about 30 bodies|killed;a=A
    doctor at the hospital]] had not been identified. The port had taken in
    [[11 tankers|other;a=shipping data;u=other]] since {{January}}, shipping data showed.""",
)

item(
    "Fishermen missing after Red Sea strike",
    """[[Nineteen fishermen|missing;a=the fishermen's union in al-Luhayyah]] from al-Luhayyah
    have been missing since Tuesday, when a helicopter fired on fishing boats near the Kamaran
    islands, the fishermen's union in al-Luhayyah said. It said [[three boats|other;a=the
    fishermen's union in al-Luhayyah]] were sunk and [[four fishermen|killed;a=the fishermen's
    union in al-Luhayyah]] died. The fishing sector supported [[about 83,000 fishermen|civilians;a=the
    Food and Agriculture Organization]] before the war, according to the Food and Agriculture
    Organization, and half of them have lost their livelihoods. The FAO said it had
    handed out [[1,200 fishing nets|aid;a=The FAO;u=other]] and engines for
    [[150 boats|aid;a=The FAO]] in {{2023}}.""",
)

item(
    "Hodeidah: what the truce brought",
    """When the Stockholm Agreement was signed in {{December 2018}}, Hodeidah's front lines had
    reached the city's eastern gates. {{Seven years}} later, the lines have barely moved. The
    city is thought to have lost a {{third}} of its people since {{2015}}, and a census planned
    for {{2024}} never took place. The truce of {{April 2022}} lasted {{six months}}
    officially but largely held into {{2023}}, and the {{2,000-day}} mark of the mission passed
    without comment.""",
)
