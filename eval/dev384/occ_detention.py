"""dev384 items: filtration, civilians detained, missing and released, exchanges, 2022-2026."""

from _wrap import item

item(
    "UN mission documents detention of civilians in occupied areas",
    """The UN Human Rights Monitoring Mission in Ukraine said on Tuesday it had documented the
    arbitrary detention of [[at least 864 civilians|arrested;a=The UN Human Rights Monitoring Mission
    in Ukraine]] by Russian forces and occupation authorities since {{February 2022}}. Of those,
    [[77|killed;a=the mission;alt=The UN Human Rights Monitoring Mission in Ukraine]] were
    executed or died in custody, the mission said, and [[about 460|returned;a=the mission;alt=The UN
    Human Rights Monitoring Mission in Ukraine]] had been released. The monitors interviewed [[more
    than 200 former detainees|other;a=The monitors]], {{91%}} of whom described torture or
    ill-treatment. Ukraine's ombudsman Dmytro Lubinets puts the number of civilians held by Russia
    far higher, at [[around 16,000|arrested;a=Ukraine's ombudsman Dmytro Lubinets]]. The mission
    also documented [[14 cases|other;a=The mission;alt=The UN Human Rights Monitoring Mission in
    Ukraine]] of Ukrainian forces detaining people suspected of collaboration without due process.
    """,
)

item(
    "Filtration: what happened at the Bezimenne camp",
    """Residents leaving Mariupol in the spring of {{2022}} were sent through a filtration camp in
    Bezimenne, where they were photographed, fingerprinted and questioned about relatives in the
    army. The Donetsk separatist authorities said at the time that [[more than 33,000 people|other;a=The
    Donetsk separatist authorities]] had passed through the site in its {{first month}}. Human Rights
    Watch, which interviewed [[54 people|other;a=Human Rights Watch]] who went through filtration,
    said men of fighting age were most likely to be taken aside. Of those interviewees, [[11|arrested;a=the group;alt=Human
    Rights Watch]] had been detained for days or weeks afterwards, the group said. The group estimated
    that [[several thousand men|arrested;a=The group;alt=Human Rights Watch]] were held after failing
    filtration and sent to the Olenivka prison colony or to Russia. Yale's Humanitarian Research Lab
    identified [[21 filtration sites|other;a=Yale's Humanitarian Research Lab]] in Donetsk region
    alone from satellite images. Ukraine's police say [[about 1,300 people|missing;a=Ukraine's
    police]] who entered filtration in Mariupol are still unaccounted for.""",
)

item(
    "Olenivka: three years on, families still wait for names",
    """{{Three years}} after the explosion at the Olenivka prison colony that killed [[at least 53
    Ukrainian prisoners of war|killed;n=prisoners of war]] and wounded [[70 to 80|injured]], relatives say they are
    still waiting for the bodies of many. Ukraine's Coordination Headquarters says the remains of
    [[only 38 victims|killed;a=Ukraine's Coordination Headquarters]] have been returned. The colony,
    near occupied Olenivka, held [[up to 2,500 people|arrested;a=former detainees]] in {{2022}}, many of them civilians
    taken from Mariupol, former detainees told the UN. Russia blamed a Ukrainian rocket; a UN fact-finding
    mission disbanded in {{January 2023}} without a conclusion. The ombudsman's office said [[193
    survivors|other;a=The ombudsman's office]] of the colony had since come home in exchanges, and
    that [[at least 12|missing;a=The ombudsman's office]] remain unaccounted for. [[Two survivors|injured;a=relatives]] remain in hospital in Kyiv, relatives
    say.""",
)

item(
    "Ukraine brings home 84 prisoners of war, 20 civilians in swap",
    """Ukraine and Russia exchanged prisoners on Saturday for the {{first}} time in {{two months}}, with
    [[84 Ukrainian servicemen|other;a=President Volodymyr Zelensky]] and [[20 civilians|other;a=President
    Volodymyr Zelensky]] returning home, President Volodymyr Zelensky said. Russia's Defence Ministry
    said [[90 Russian soldiers|other;a=Russia's Defence Ministry]] had been handed over in return,
    with the United Arab Emirates mediating. Among the civilians were [[seven residents of occupied
    Nova Kakhovka|other;n=residents;a=Ukraine's Coordination Headquarters]] detained in {{2022}} and held without charge, Ukraine's
    Coordination Headquarters said. [[Three|injured;a=Ukraine's Coordination Headquarters]] of
    those freed were taken straight to hospital, it added. The UAE said the swap brought to [[more than
    4,600|other;a=The UAE]] the number of prisoners released through its mediation since {{2022}}.
    Kyiv says [[some 8,000 Ukrainians|arrested;a=Kyiv]] remain in Russian captivity, among them
    [[roughly 1,800 civilians|arrested;a=Kyiv]].""",
)

item(
    "Melitopol mayor's deputy among 'disappeared', says rights group",
    """The Kharkiv Human Rights Protection Group says it has recorded [[more than 2,800 cases|other;a=The
    Kharkiv Human Rights Protection Group]] of enforced disappearance of civilians in occupied
    Ukraine since {{2022}}. Among the people taken were [[at least 40 local officials|kidnapped;a=the group;alt=The
    Kharkiv Human Rights Protection Group]], including a deputy mayor of Melitopol seized from his home
    in {{March 2022}}, the group said. Relatives of [[about 1,200|missing;a=the group;alt=The Kharkiv
    Human Rights Protection Group]] still have no information on where they are held. Russia
    acknowledged holding [[fewer than 500|arrested;a=Russia]] of the civilians Ukraine asked about in
    its {{2024}} requests to the International Committee of the Red Cross. The ICRC said it had
    received [[over 23,000 inquiries|other;a=The ICRC;u=other]] from families searching for relatives
    lost in the war, and had given [[about 9,500 families|aid;a=The ICRC]] news of their loved
    ones. Among the disappeared are [[a dozen village heads|kidnapped;u=person]] from Zaporizhzhia region.""",
)

item(
    "Mayor of Dniprorudne released after 18 months in Russian custody",
    """The mayor of Dniprorudne, a town in occupied Zaporizhzhia region, has returned to Ukraine after
    {{18 months}} in Russian detention, the regional military administration said. He was seized by
    armed men in {{March 2022}} along with [[two of his deputies|kidnapped;n=deputies]], who remain in
    custody. The administration said [[between 150 and 170 residents|kidnapped;a=The administration;alt=the
    regional military administration]] of the district had been abducted during the occupation, and
    that [[62|returned;a=The administration;alt=the regional military administration]] had come
    home. [[Nine|killed;a=The administration;alt=the regional military administration]] are known to
    have died in captivity, it said. The mayor, {{57}}, was released in an exchange that also freed
    [[15 other civilians|other;a=Ukraine's Coordination Headquarters]], according to Ukraine's Coordination Headquarters. Doctors in
    Zaporizhzhia said [[all 16|injured;a=Doctors in Zaporizhzhia;n=-]] needed treatment for
    injuries and malnutrition. Ukraine says [[some 300 Russian troops|combatants;a=Ukraine]] are still
    stationed in the town.""",
)

item(
    "Bodies of 909 returned to Ukraine in repatriation",
    """Ukraine received the bodies of [[909 people|killed;a=Ukraine's Coordination Headquarters]]
    from Russia on Thursday, Ukraine's Coordination Headquarters said, the largest such repatriation
    since the talks in Istanbul. Russia received [[34 bodies|killed;a=Russian officials]] of its
    soldiers in return, Russian officials said. Ukrainian forensic experts said [[at least 60|killed;a=Ukrainian
    forensic experts]] of the returned bodies appeared to be civilians, some of them residents of
    occupied Kherson and Zaporizhzhia regions who had been detained. Identification could take
    {{months}}, and DNA samples had been collected from [[more than 4,000 relatives|other;a=the
    Interior Ministry]] of the missing, the Interior Ministry said. Ukraine lists [[about 70,000
    people|missing;a=Ukraine]] as missing in connection with the war, a figure that includes
    soldiers and civilians. [[Two refrigerated trains|other;u=other;n=trains]] carried the bodies to
    Kyiv region.""",
)

item(
    "Journalists held in occupied areas: 26 still in custody, says press union",
    """The National Union of Journalists of Ukraine says [[26 Ukrainian journalists|arrested;a=The
    National Union of Journalists of Ukraine]] are held by Russia, most of them detained in occupied
    Zaporizhzhia, Kherson and Crimea. The union counts [[at least 11 media workers|killed;a=The
    union;alt=The National Union of Journalists of Ukraine]] who died in captivity or were killed
    after being detained, including Viktoriia Roshchyna, whose body was returned in {{February
    2025}}. Reporters Without Borders said [[nine of the detained journalists|arrested;a=Reporters Without
    Borders;n=journalists]] are Crimean Tatars held on charges of belonging to Hizb ut-Tahrir.
    [[Five journalists|other]] were freed in exchanges in {{2024}} and {{2025}}. The Institute
    of Mass Information has recorded [[about 30 cases|other;a=The Institute of Mass Information]]
    of journalists' homes being searched by occupation police. The union said [[three
    more|missing;n=-;a=The union;alt=The National Union of Journalists of Ukraine]] are missing.""",
)

item(
    "Crimean Tatars make up most political prisoners, say monitors",
    """Crimean Tatars account for most of the political prisoners held by Russia from the occupied
    peninsula, the Crimean Human Rights Group said in its annual report. The group counts [[221
    Crimean political prisoners|arrested;a=The group;alt=the Crimean Human Rights Group]], [[133|arrested;a=The
    group;alt=the Crimean Human Rights Group]] of them Crimean Tatars, against [[around 200|arrested;a=The
    group;alt=the Crimean Human Rights Group]] a year earlier. Russian security services carried out
    [[more than 170 searches|other;u=other;a=the report]] in Crimea last year, mostly at dawn in Tatar homes, and
    detained [[at least 95 people|arrested;a=the report]] for social media posts, the report said. Ukraine's
    mission of the president in Crimea said [[some 60 Crimeans|combatants;a=Ukraine's mission of the
    president in Crimea]] had been conscripted into the Russian army against their will. [[Seven|arrested]] of
    the prisoners are serving sentences of more than {{15 years}}.""",
)

item(
    "Missing in Kherson region: police publish list of 3,000",
    """Police in Kherson region have published the names of [[3,012 people|missing;a=Police in Kherson
    region]] who went missing during the Russian occupation of the right bank in {{2022}} and in the
    years since on the occupied left bank. {{About a third}} are civilians, the police said. Investigators have
    exhumed [[more than 1,000 bodies|killed;a=Investigators]] in the liberated part of the region,
    including [[at least 190|killed;a=Investigators]] with signs of torture or execution. Of the
    missing, [[about 600|arrested;a=the police]] are believed to be held in Russian detention
    centres, the police said, citing returned prisoners. Regional officials said [[eleven torture
    chambers|other;a=Regional officials;u=structure]] had been found in Kherson city after the
    occupation ended. A hotline for relatives has received [[some 14,000 calls|other;u=other]] since
    it opened.""",
)

item(
    "Released civilians describe Taganrog detention centre",
    """[[Twelve civilians|other;a=the Coordination Headquarters]] freed in the latest exchange spent
    up to {{two and a half years}} in the Taganrog pre-trial Detention Centre {{2}}, the Coordination
    Headquarters said on Monday. Former inmates told the UN monitoring mission they were beaten on
    arrival and crowded into cells with [[up to 14 men|arrested;a=Former inmates]] each. The mission
    said it had interviewed [[37 people|other;a=The mission;alt=the UN monitoring mission]] held at
    the facility, [[35|other;a=The mission;alt=the UN monitoring mission]] of whom described torture. According to the
    Ukrainian ombudsman, [[at least 300 Ukrainian civilians|arrested;a=the Ukrainian ombudsman]] have
    passed through Taganrog since {{2022}}. [[Four|killed]] are known to have died there, among them
    a journalist from Enerhodar. [[Two of the freed civilians|injured;n=civilians]] were carried off
    the bus on stretchers.""",
)

item(
    "Russia acknowledges holding 1,600 Ukrainian civilians, Moskalkova says",
    """Russia's human rights commissioner Tatyana Moskalkova said on Friday that Russian authorities
    were holding [[about 1,600 Ukrainian civilians|arrested;a=Russia's human rights commissioner
    Tatyana Moskalkova]], most of them detained in what Moscow calls the new regions. She said Russia
    was prepared to return [[several hundred|other;p;a=Tatyana Moskalkova]] in exchanges if
    Kyiv handed over Russian citizens it holds, including [[around 100 residents|arrested;a=Tatyana
    Moskalkova]] of the Kursk region who were taken to Sumy in {{2024}}. Ukraine's ombudsman Dmytro
    Lubinets said the Russian number was "a fraction" of the real one. His office has confirmed the
    whereabouts of [[only 520|arrested;a=His office;alt=Dmytro Lubinets]] of the civilians Kyiv
    believes are held. The commissioners have met several times on the Belarus border,
    where [[dozens of civilians|other]] have been handed over in small swaps. Belarusian officials
    said [[31 civilians|other;a=Belarusian officials]] crossed there in the most recent one.""",
)

item(
    "Ex-detainees from Kherson region: 'they asked who had a son in the army'",
    """Former detainees from Kherson region who were freed in a civilian exchange on Wednesday described
    being held in basements before they were moved to Russia. [[Forty-nine civilians|other;a=the
    ombudsman's office]] came home in the exchange, the ombudsman's office said, most of them from
    villages on the left bank of the Dnipro. A {{62-year-old}} farmer from Hola Prystan said he was one
    of [[about 25 men|arrested;a=A 62-year-old farmer from Hola Prystan]] rounded up after a Ukrainian
    flag was found on a fence. [[Seventeen|injured;a=medics in Chernihiv]] of the freed civilians
    were admitted to hospital in Chernihiv, medics in Chernihiv said. Kherson regional authorities say
    [[more than 800 residents|arrested;a=Kherson regional authorities]] of the region are still held by
    Russia, and that [[roughly 230|missing;a=Kherson regional authorities]] have vanished without
    trace. Relatives of [[at least 40|missing]] were told the men had
    "gone to Russia" and nothing more.""",
)

item(
    "Zaporizhzhia plant staff detained, Energoatom says",
    """Russian forces occupying the Zaporizhzhia nuclear power plant have detained [[more than 200
    employees|arrested;a=Ukraine's state nuclear operator Energoatom]] since {{March 2022}},
    Ukraine's state nuclear operator Energoatom said on Thursday. The company said [[at least
    20|missing;a=The company;alt=Ukraine's state nuclear operator Energoatom]] are still missing and
    [[two|killed;a=The company;alt=Ukraine's state nuclear operator Energoatom]] died after being
    detained. Of the plant's [[11,000 pre-war staff|other;n=staff]], [[about 2,600|other;a=Rosatom]]
    signed contracts with Russia's Rosatom, according to Rosatom. Energoatom said [[roughly
    4,000|displaced;a=Energoatom]] had left Enerhodar for Ukrainian-controlled territory, and that
    [[some 1,500 families|displaced;a=Energoatom]] of plant workers now live in Zaporizhzhia and Kyiv.
    The International Atomic Energy Agency has kept a team of [[four to five experts|other;a=The
    International Atomic Energy Agency]] at the site since {{September 2022}}, it said.""",
)

item(
    "'Basements' of Izium and Balakliia: investigators' count",
    """Ukrainian investigators say Russian forces ran [[at least 25 detention sites|other;a=Ukrainian
    investigators]] in Kharkiv region during the occupation of {{2022}}, where civilians
    were held in basements, police stations and a railway depot. In Balakliia alone, [[about 40
    people|arrested;a=the regional police]] were held at any one time in the police station's
    cellars, the regional police said. Investigators exhumed [[447 bodies|killed;a=Investigators]] from a
    forest burial site near Izium, [[30|killed;a=Investigators]] of which bore signs of torture. Kharkiv
    regional prosecutors have identified [[more than 100 former detainees|other;a=Kharkiv regional
    prosecutors]] as witnesses and charged [[14 Russian servicemen|other;a=Kharkiv regional
    prosecutors]] in absentia. Some survivors were held for {{more than a month}}; [[dozens of people|missing;a=prosecutors;alt=Kharkiv
    regional prosecutors]] seen in the cellars have not been found, prosecutors say.""",
)

item(
    "Exchange talks: what the Istanbul memoranda say",
    """The memoranda Ukraine and Russia swapped in Istanbul on {{June 2, 2025}} set out the terms of
    future exchanges. Kyiv proposed an all-for-all swap; Moscow proposed releases in groups under
    the age of {{25}} and of the seriously wounded. The {{second}} round lasted just over {{an hour}}.
    A {{30-day}} ceasefire, proposed by Kyiv, was rejected by Moscow, which offered {{two- to
    three-day}} local truces to collect bodies. A {{third}} round was held on {{July 23}} and lasted
    {{40 minutes}}. Russia's delegation was led again by Vladimir Medinsky, {{54}}.""",
)

item(
    "Ombudsman's budget for locating detained civilians doubled",
    """Ukraine's parliament approved on Thursday a {{UAH 210 million}} budget line for the
    ombudsman's office to trace civilians held by Russia, about {{$5 million}} and double the sum
    for {{2025}}. The money will fund a database, {{24-hour}} hotlines and legal aid. Officials said
    the budget is {{0.01%}} of defence spending. The programme runs for {{three years}}, from
    {{January 1}}. Lubinets said his office would report to parliament every {{six months}}.""",
)
