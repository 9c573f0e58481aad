"""People on the move as the agencies count them: returns, refugee arrivals, camp and site
populations, interceptions at sea and evacuations, from UNHCR and IOM updates, DTM tracking and
government registries (12 texts, all with figures)."""

from _wrap import item

item(
    "Afghanistan: returns from Iran and Pakistan – IOM flash update",
    """[[More than 1.4 million Afghans|returned;a=IOM;v=1400000]] have returned or been deported
    from Iran and Pakistan since {{1 January 2025}}, IOM said on Friday. In the single week of
    {{29 June to 5 July}}, [[over 256,000 people|returned;a=the agency;alt=IOM]] crossed back at
    Islam Qala alone, a record, the agency said. Of those, {{71 per cent}} were deported, and
    most arrived with few belongings after years away. Border crossing points are receiving
    [[up to 40,000 returnees a day|returned]]. IOM and partners provided post-arrival
    assistance, including hot meals, cash and onward transport, to
    [[about 190,000 returnees|aid]], and [[14 reception centres|capacity]] are operating at the
    Islam Qala and Torkham crossings. UNHCR warned that
    [[up to 3 million people|returned;p;a=UNHCR]] could return by the end of the year.""",
)

item(
    "Chad: Sudanese refugee influx – UNHCR operational update",
    """Since {{15 April 2023}}, [[more than 420,000 Sudanese refugees|displaced;a=UNHCR and the
    Chadian authorities]] and [[some 60,000 Chadian returnees|returned;a=UNHCR and the Chadian
    authorities]] have arrived in eastern Chad, according to UNHCR and the Chadian authorities.
    In Adré, a border town of [[40,000 people|civilians]] before the war,
    [[over 150,000 refugees|displaced]] are living in a spontaneous site on its outskirts. In
    the past week alone, [[8,700 new arrivals|displaced]] were recorded at the border (up from
    [[5,900|displaced]] the previous week), most of them women and children fleeing attacks in
    El Geneina and Ardamata. UNHCR and partners have relocated [[167,000 refugees|displaced]] to
    [[six new camps|capacity]] and [[four extended camps|capacity]] further inland. MSF said its
    teams at the Adré hospital had treated [[more than 900 people|injured;a=MSF]] with gunshot
    or shrapnel wounds since June. Water supply averages {{9 litres}} per person per day in the
    Adré site, well below the emergency standard of {{15 litres}}. The rainy season, which
    starts in late June, is expected to cut the roads to the camps for months. Refugees
    arriving this week described armed men going from house to house in Ardamata and said they
    had walked for up to {{four days}} to reach the border. Biometric registration has resumed
    in Adré after a pause of {{10 days}}, and a nutrition screening post at the border now checks
    every child under five. Measles and hepatitis E cases have been confirmed in the site,
    UNHCR said. The Chad response plan, which seeks {{US$ 630 million}}, was {{18 per cent}}
    funded at the end of {{May 2024}}. The next update will be published on {{20 June}}.""",
)

item(
    "Central African Republic: Situation Report (as of 22 January 2014)",
    """The number of displaced people in Bangui has fallen to
    [[an estimated 478,000|displaced;a=the Commission on Population Movements]], from
    [[some 513,000|displaced;a=the Commission on Population Movements]] a week earlier,
    according to the Commission on Population Movements. Nationwide,
    [[over 900,000 people|displaced]] remain displaced. The site at M'Poko airport alone hosts
    [[approx. 100,000 people|displaced;q=approx]]. [[Sixty-six sites|capacity]] are now
    registered in the capital. Violence since {{5 December}} has killed
    [[more than 1,000 people|killed]] in Bangui alone, and the ICRC said its teams had collected
    [[at least 57 bodies|killed;a=the ICRC]] in the past week. WFP distributed
    [[1,330 tonnes|aid]] of food to [[213,000 people|aid]] in January.""",
)

item(
    "Iraq: Mosul operations – DTM Emergency Tracking",
    """As of {{17 May 2017}}, DTM Emergency Tracking has identified
    [[over 608,000 individuals|displaced;a=DTM Emergency Tracking]]
    ([[101,360 families|displaced;a=DTM Emergency Tracking]]) displaced from Mosul since
    military operations began on {{17 October 2016}}. Of these, [[some 129,000|returned]] have
    since returned, mostly to the eastern districts of the city. The Hammam al-Alil screening
    site received [[11,230 people|displaced]] on {{15 May}}, the highest daily figure in a
    month. [[12 camps|capacity]] and [[six emergency sites|capacity]] around Mosul are hosting
    [[over 310,000 people|displaced]], with space for [[about 28,000|capacity]] more. Families
    arriving from the Old City report severe food shortages and constant shelling.""",
)

item(
    "Cameroon: North-West and South-West – Situation Report",
    """Violence in the North-West and South-West regions has displaced
    [[over 530,000 people|displaced]] since {{late 2017}}, and
    [[approximately 35,000 refugees|displaced]] are registered in Nigeria's Cross River, Benue
    and Taraba states. Partners recorded [[41 attacks|other;u=other;a=Partners]] on schools
    between July and {{September 2019}}. [[Over 855,000 children|civilians;a=UNICEF]] are out
    of school and [[some 4,400 schools|other;a=UNICEF]] closed or non-functional, UNICEF said.
    In Ndop, [[16 houses|housing]] were burned and [[two civilians|killed]] killed during a
    military operation on {{12 September}}. [[1.3 million people|aid;p;v=1300000]] are targeted
    for assistance this year, but only [[305,000|aid]] had been reached by the end of
    August.""",
)

item(
    "Mali: Ménaka displacement – flash update",
    """Attacks attributed to the Islamic State in the Greater Sahara around Ménaka since
    {{8 March 2022}} have forced [[more than 36,000 people|displaced;a=the Regional Directorate
    for Social Development]] to flee to Ménaka town, according to the Regional Directorate for
    Social Development. Local sources report [[several hundred civilians|killed;a=Local
    sources]] killed in Tamalat, Inchinane and Andéramboukane, figures the UN could not verify.
    Among those registered so far are [[3,020 women|displaced]], [[1,260 men|displaced]] and
    [[5,870 children|displaced]]. [[About 2,000 households|displaced]] are staying in
    [[nine displacement sites|capacity]] on the edge of town, and
    [[approx. 1,500 people|displaced;q=approx]] have crossed into Niger's Tillabéri region.""",
)

item(
    "Panama: migration through the Darién – 2023 overview",
    """[[More than 520,000 people|displaced;a=Panama's National Migration Service (SNM)]] crossed
    the Darién jungle from Colombia into Panama in {{2023}}, according to Panama's National
    Migration Service (SNM), more than double the
    [[248,000|displaced;a=Panama's National Migration Service (SNM)]] recorded in {{2022}}.
    Venezuelans were the largest group, followed by Ecuadorians, Haitians and Chinese
    nationals, and [[over 113,000|displaced]] were children. At the Lajas Blancas and San
    Vicente migrant reception stations, built for [[about 1,500 people|capacity]] between them,
    IOM counted [[up to 4,000 arrivals a day|displaced;a=IOM]] at the peak in August. Médecins
    Sans Frontières said it had treated [[676 survivors|injured;a=Médecins Sans Frontières]] of
    sexual violence during the year. The bodies of [[at least 36 migrants|killed]] were
    recovered in the jungle, though the real toll is thought to be far higher.""",
)

item(
    "Libya: IOM maritime update",
    """In the week of {{12 to 18 September 2021}}, [[1,432 migrants|other]] were intercepted at
    sea and returned to Libya. So far this year, [[26,314 migrants|other;a=IOM]] have been
    intercepted and returned, IOM said, compared with [[11,891|other;a=IOM]] in the whole of
    {{2020}}. [[At least 722 people|killed]] have died and [[402|missing]] are missing on the
    Central Mediterranean route in {{2021}}. [[Some 6,000 migrants|arrested]] are held in
    official detention centres, up from [[about 1,000|arrested]] in January. IOM does not
    consider Libya a safe port for disembarkation.""",
)

item(
    "Indonesia: Rohingya boat arrivals in Aceh",
    """Since {{14 November 2023}}, [[over 1,540 Rohingya refugees|displaced;a=UNHCR]] have
    arrived on [[nine boats|other;a=UNHCR]] in Aceh and North Sumatra, UNHCR said, most of them
    from the camps in Cox's Bazar. The latest boat, carrying [[137 people|displaced]], landed
    near Banda Aceh on {{10 December}}; [[two passengers|killed]] had died during the voyage.
    Women and children account for {{70 per cent}} of the new arrivals. Local authorities are
    hosting the refugees in [[five temporary shelters|capacity]], including a former
    immigration office in Pidie and a sports hall in Sabang. On {{27 December}},
    [[several hundred students|other]] forced [[137 refugees|displaced]] out of a convention
    centre basement in Banda Aceh, and the police moved them to a government building.""",
)

item(
    "Sudan: returns to Al Jazirah, Sennar and Khartoum",
    """DTM estimates that [[some 1.3 million people|returned;a=DTM;v=1300000]] have returned to
    their areas of origin across Sudan since {{November 2024}}, mostly to Al Jazirah, Sennar and
    Khartoum states. Returns to Khartoum have accelerated since the army regained control of the
    capital in {{March 2025}}, with [[300,000 to 400,000|returned]] arriving in the past three
    months. Egyptian authorities said [[over 200,000 Sudanese refugees|returned;a=Egyptian
    authorities]] had gone back from Egypt this year. [[Roughly 10 million people|displaced]]
    remain displaced inside Sudan. Partners have restored piped water to
    [[about 120,000 people|aid]] in Wad Madani and reopened [[14 health facilities|other]], but
    many returnees find their homes looted and without power.""",
)

item(
    "Bangladesh: Rohingya refugee response – population and protection update",
    """The Government of Bangladesh and UNHCR have registered
    [[1,003,512 Rohingya refugees|displaced;a=The Government of Bangladesh and UNHCR]] in Cox's
    Bazar and on Bhasan Char as of {{31 May 2024}},
    [[some 36,000|displaced;a=The Government of Bangladesh and UNHCR]] of them on the island.
    The population is {{52 per cent}} female and {{52 per cent}} children. A fire in
    {{Camp 5}} on {{7 January}} destroyed [[over 1,000 shelters|housing]] and left
    [[about 7,000 refugees|displaced]] homeless. Since January,
    [[over 19,000 new arrivals|displaced]] fleeing fighting in Rakhine State have been recorded,
    and protection partners are following
    [[1,150 unaccompanied and separated children|displaced]]. Monthly food assistance is
    provided through e-vouchers worth {{US$10}} per person.""",
)

item(
    "Ukraine: Flash Update – Kharkiv region",
    """Since the start of the ground offensive on {{10 May 2024}},
    [[nearly 14,000 people|displaced;a=local authorities]] have been evacuated from the
    Vovchansk and Kupiansk areas, local authorities said. [[About 1,300 people|displaced]] were
    evacuated in a single day on {{12 May}}, and
    [[between 200 and 300 people a day|displaced]] continue to leave. The transit centre in
    Kharkiv city, which can receive [[up to 500 people a day|capacity]], took in
    [[2,700 evacuees|displaced]] in the first three days. Attacks on Kharkiv city killed
    [[at least 24 civilians|killed]] and injured [[over 100|injured]] between
    {{17 and 25 May}}. Humanitarian organizations provided hot meals to
    [[7,400 evacuees|aid]] and hygiene kits to [[2,100 families|aid]].
    [[Some 4,000 people|civilians]] are estimated to remain in Vovchansk, most of them older
    people.""",
)
