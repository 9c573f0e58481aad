"""dev423 items: after the wars, 2023-2026: the Kyrgyz-Tajik border treaty of March 2025, the
relocations and reopened crossings that followed, the rebuilding of Batken's villages, the
missing and the unexploded ordnance, and the Kyrgyz-Uzbek and Tajik-Uzbek borders."""

from _wrap import item

item(
    "Kyrgyzstan and Tajikistan sign treaty ending border dispute",
    """BISHKEK, {{March 13, 2025}} (Reuters) - The presidents of Kyrgyzstan and Tajikistan signed a
    treaty on Thursday settling the last disputed sections of their border, ending a quarrel that
    led to clashes in which [[more than 100 people|killed]] were killed in {{2021}} and {{2022}}.
    Kamchybek Tashiev, the head of Kyrgyzstan's security service, said [[about 360 Kyrgyz
    families|displaced;p;a=Kamchybek Tashiev]] living on land that passes to Tajikistan would be
    moved, and that [[620 houses|capacity;p;a=Kamchybek Tashiev]] would be built for them and for
    others leaving the border villages near Batken town. He said [[some 100 Tajik
    households|displaced;p;a=Kamchybek Tashiev]] would also have to move. Both governments said
    [[six border crossings|other;p;a=Both governments]] closed since {{September 2022}} would
    reopen within days. Tashiev said [[about 1,500 troops|combatants;p;a=Tashiev]] deployed along
    the line since the fighting would be pulled back by summer.""",
)

item(
    "First trucks in more than two years cross at Kyzyl-Bel",
    """KYZYL-BEL, Kyrgyzstan, {{March 20, 2025}} - Trucks rolled across the Kyzyl-Bel crossing on
    Thursday for the first time in more than {{two years}}, and the Kyrgyz border service said
    [[214 trucks|other;a=the Kyrgyz border service]] and [[more than 1,800 people|other;a=the
    Kyrgyz border service]] crossed in both directions on the first day. At the Dostuk market,
    where [[almost 200 stalls|housing;u=structure;a=traders]] burned in {{2022}}, traders said
    [[about 120|housing;u=structure;a=traders]] had been rebuilt. Bus operators in Batken put on
    [[12 buses a day|other]] to Isfara and Khujand. Tajik officials said [[up to 3,000
    people|other;p;a=Tajik officials]] were expected to cross daily once every crossing had
    reopened. For Aziza Rahimova, {{67}}, who has a sister in Ak-Sai, it was the first visit since
    the war.""",
)

item(
    "Dostuk families leave homes on land handed to Tajikistan",
    """DOSTUK, Kyrgyzstan - The last of [[74 families|displaced]] who lived in the part of Dostuk
    that passed to Tajikistan under the border treaty left their houses on Monday, loading
    furniture and livestock onto trucks provided by the government. The regional administration
    said [[68 of the families|displaced;a=The regional administration]] had moved into new houses
    in the Ak-Bulak settlement near Batken town and that [[the remaining six|aid;u=household;a=The
    regional administration]] had taken cash compensation of {{3.5m soms}} each instead. The
    settlement has [[420 houses|capacity]] built for families moving from the border villages, and
    [[about 1,700 people|displaced;p]] are due to move there by the end of {{2025}}. Tajik
    officials said [[31 Tajik households|displaced;a=Tajik officials]] had left land near Vorukh
    that passed to Kyrgyzstan. "My grandfather is buried here," said Erkin Mamatov, {{44}}, as he
    closed the gate for the last time.""",
)

item(
    "Eight detained over calls to protest border treaty",
    """BISHKEK, {{March 21, 2025}} - Kyrgyzstan's State Committee for National Security said on
    Friday it had detained [[eight people|arrested;a=Kyrgyzstan's State Committee for National
    Security]] accused of calling for mass unrest over the border treaty with Tajikistan. The
    committee said [[three|arrested;a=The committee;alt=Kyrgyzstan's State Committee for National
    Security]] of them had posted videos urging Batken residents to block roads, and that [[more
    than 40 accounts|other;u=other;a=The committee;alt=Kyrgyzstan's State Committee for National
    Security]] had been removed. A Bishkek court ordered [[five|arrested]] of the detainees held
    for {{two months}}. Lawyers said [[at least 15 people|arrested;a=Lawyers]] had been summoned
    for questioning or briefly detained since the treaty was signed. In {{2022}}, [[27
    activists|arrested]] were detained after opposing a deal with Uzbekistan over the Kempir-Abad
    reservoir.""",
)

item(
    "Court acquits Kempir-Abad defendants",
    """BISHKEK, {{June 14, 2024}} - A Bishkek court on Friday acquitted [[22 defendants|arrested]]
    accused of plotting mass unrest over the Kempir-Abad border deal with Uzbekistan, and gave
    [[four others|arrested;n=-]] suspended sentences. The defendants, politicians, activists and
    journalists among them, were among [[27 people|arrested]] detained in {{October 2022}} after
    they opposed handing the reservoir to Uzbekistan. Rights groups said [[at least 12|arrested;a=Rights
    groups]] of them had spent more than {{a year}} in pre-trial detention. [[Two|arrested;a=their
    lawyers]] remain in custody on separate charges, their lawyers said. Under the deal, Kyrgyzstan
    gave up about {{4,900 hectares}} around the reservoir in exchange for {{19,000 hectares}}
    elsewhere. [[Several hundred supporters|other]] waited outside the court and cheered as the
    verdict was read.""",
)

item(
    "Three presidents fix the point where their borders meet",
    """KHUJAND, Tajikistan, {{March 31, 2025}} - The presidents of Tajikistan, Kyrgyzstan and
    Uzbekistan met in Khujand on Monday and signed an agreement fixing the point where their
    borders meet, a step officials say will ease life in the Ferghana valley's enclaves. Sokh, an
    Uzbek enclave inside Kyrgyzstan, is home to [[about 70,000 people|civilians]], most of them
    ethnic Tajiks, and Vorukh, a Tajik enclave, to [[some 40,000|civilians]]. Security was tight,
    with [[about 3,000 police officers|combatants]] deployed in the city. Tajik officials said
    [[12 crossing points|other;u=other;a=Tajik officials]] on the Tajik-Kyrgyz and Tajik-Uzbek
    borders now work around the clock. [[More than 1,000 trucks a day|other]] now pass through the
    valley, up from [[fewer than 300|other;u=other]] in {{2018}}. [[Hundreds of people|other]] lined the road from
    the airport, waving Tajik, Kyrgyz and Uzbek flags.""",
)

item(
    "Tajikistan hands back remains of two Kyrgyz servicemen",
    """BATKEN, {{August 8, 2023}} - Tajikistan handed over the remains of [[two Kyrgyz
    servicemen|killed;a=Kyrgyzstan's border service]] missing since the fighting of {{September
    2022}}, Kyrgyzstan's border service said on Tuesday. Their identities were confirmed by DNA
    tests, the service said. The border service said [[four servicemen|missing;a=The border
    service;alt=Kyrgyzstan's border service]] and [[one civilian|missing;a=The border
    service;alt=Kyrgyzstan's border service]] were still unaccounted for, while Tajik officials
    said [[three of their citizens|missing;a=Tajik officials]] were missing. Since the fighting,
    both sides have returned [[the remains of 19 people|killed]]. Volunteers from the Red Crescent
    Society of Kyrgyzstan have collected DNA samples from [[37 relatives|other]] of the missing.""",
)

item(
    "Ak-Sai opens a new school where the old one burned",
    """AK-SAI, Kyrgyzstan, {{September 2, 2024}} - Children in Ak-Sai began the school year on
    Monday in a new {{three-storey}} school built for [[1,200 pupils|capacity]] on the site of the
    one burned in {{2022}}. The regional administration said [[412 houses|housing;a=The regional
    administration]] had been rebuilt or repaired in Ak-Sai, Dostuk and Ak-Tatyr since the
    fighting, and that [[38 more|housing;n=-;u=structure;p;a=The regional administration]] would
    be finished by winter. Of Ak-Sai's pre-war population of [[some 3,000|civilians;a=the village
    head]], [[about 2,600|returned;a=the village head]] have come back, the village head said.
    [[Twenty families|displaced]] are still living in Batken town, unwilling to return to houses
    that face Tajik positions. The village also has a new market with [[80 shops|housing]], built
    with a grant from the Asian Development Bank.""",
)

item(
    "WFP gives cash to 4,200 Batken households",
    """The World Food Programme said on {{February 6, 2023}} it had given cash transfers to [[4,200
    households|aid;a=The World Food Programme]] in the Batken and Leilek districts whose homes or
    harvests were lost in the fighting. Each family received {{6,500 soms}} a month for {{three
    months}}, the agency said. The agency said it planned to extend the programme to [[a further
    1,800 households|aid;p;a=The agency;alt=The World Food Programme]] in spring. The government
    has also distributed [[2,400 tonnes|aid]] of coal and [[about 15,000 food parcels|aid]] in the
    border districts. According to the agency's survey, [[about 2,300 families|civilians;a=the
    agency's survey;alt=The World Food Programme]] in the border area were short of food this
    winter, and [[500-600 farmers|civilians]] lost their apricot harvest when they could not reach
    their orchards.""",
)

item(
    "Unexploded shells still turn up in Batken's fields",
    """BATKEN, {{April 15, 2023}} - Sappers from Kyrgyzstan's emergencies ministry have removed
    [[more than 1,300 pieces|other;a=the ministry;alt=Kyrgyzstan's emergencies ministry]] of
    unexploded ordnance from fields and gardens in Ak-Sai and Ak-Tatyr since the fighting, the
    ministry said. [[Three children|injured;a=a local official]] were hurt on Saturday when a mortar
    round they found near a canal exploded, a local official said. Since {{October 2022}},
    unexploded munitions have killed [[two people|killed;a=the ministry;alt=Kyrgyzstan's
    emergencies ministry]] and injured [[nine|injured;a=the ministry;alt=Kyrgyzstan's emergencies
    ministry]] in the Batken region, according to the ministry. Its teams have cleared {{42
    hectares}} so far. The ICRC said it had trained [[about 150 teachers|other;a=The ICRC]] to
    teach children about the risk of mines, and [[25 sappers|other]] are working in the area.""",
)

item(
    "Five years after the first war, Batken's border villages count who came back",
    """BATKEN, {{April 28, 2026}} - {{Five years}} after the first war on the border, [[about 1,900
    people|displaced;a=the regional administration]] from Batken's border villages still live away
    from their old homes, the regional administration says. [[Some 410 families|displaced]] have
    moved to the new settlement of Ak-Bulak near Batken town, where [[620 houses|capacity]] were
    built for people leaving the border villages. Officials say [[more than 140,000
    people|displaced;a=Officials]] fled in {{2022}} and [[about 58,000|displaced;a=Officials]] in
    {{2021}}, and that almost all went back within months. In Kok-Tash, [[all 173 houses|housing]]
    destroyed in {{2021}} have been rebuilt. [[Eleven people|missing]] are still listed as
    missing.""",
)

item(
    "Tajikistan rebuilds border villages, says 1,100 residents back",
    """VORUKH, Tajikistan - Tajikistan has rebuilt [[about 90 houses|housing]] in Chorkuh, Surkh and
    Ovchi-Kalacha since the fighting, and the Sughd regional government said on {{June 10, 2025}}
    that [[1,100 residents|returned;a=the Sughd regional government]] who left during the clashes
    had come home. A new road to Vorukh, built so that [[its 40,000 people|civilians]] no longer
    need to cross Kyrgyz territory, will open in autumn. The government said it would build [[two
    schools|housing;p;a=The government]] in the district next year. [[Some 60
    families|displaced;a=local officials]] are still waiting for new houses and live with
    relatives in Isfara, local officials said. [[About 300 workers|other]] are employed on the
    road.""",
)

item(
    "Tajikistan says 3,000 mines cleared from border with Uzbekistan",
    """DUSHANBE, {{November 18, 2024}} - Tajikistan's national mine action centre said it had
    cleared [[more than 3,000 mines|other;a=Tajikistan's national mine action centre]] laid along
    the border with Uzbekistan in the early {{2000s}}. The centre said mines on that border had
    killed [[at least 80 Tajik citizens|killed;a=The centre;alt=Tajikistan's national mine action
    centre]] and injured [[more than 100|injured;a=The centre;alt=Tajikistan's national mine
    action centre]] since {{2000}}. [[About 60 deminers|other]] are working in the Sughd region,
    and the work has let farmers in [[14 villages|other]] go back to fields closed for {{two
    decades}}. The programme has also provided [[42 prosthetic limbs|aid;u=other]] to survivors.""",
)

item(
    "Uzbek border guards detain Kyrgyz shepherds, seize sheep",
    """OSH, {{May 19, 2023}} - Kyrgyzstan's border service said on Friday that Uzbek border guards
    had detained [[four Kyrgyz shepherds|arrested;a=Kyrgyzstan's border service]] and seized
    [[about 200 sheep|other;a=Kyrgyzstan's border service]] on a pasture in the Ala-Buka district.
    The men were released on Saturday, the service said, and [[170 of the sheep|other;a=the
    service;alt=Kyrgyzstan's border service]] were returned. In a separate incident, residents of
    an Uzbek village held [[two Kyrgyz drivers|kidnapped;a=Kyrgyz media]] hostage for several
    hours after a road accident, Kyrgyz media reported. The border service said [[more than 20
    Kyrgyz citizens|arrested;a=The border service;alt=Kyrgyzstan's border service]] had been
    detained by Uzbek guards since January for crossing outside official points. Both countries
    have reopened [[eight crossing points|other;u=other]] since their border deal.""",
)

item(
    "Explainer: what the Kyrgyz-Tajik treaty settles",
    """The treaty signed on {{March 13, 2025}} covers the last {{94 km}} of the {{972-km}} border
    that were still in dispute after {{three decades}} of talks. Kyrgyzstan's parliament ratified
    it on {{March 19}}, and Tajikistan's on {{March 20}}. Vorukh remains a Tajik enclave, linked to
    the rest of Tajikistan by a road about {{11 km}} long. The Golovnoy water intake, where the
    fighting of {{2021}} began, will be run jointly. Officials said about {{25%}} of the land that
    changes hands is pasture.""",
)

item(
    "Kyrgyz-Tajik trade jumps after border opens",
    """BISHKEK, {{February 3, 2026}} - Trade between Kyrgyzstan and Tajikistan rose {{38%}} in
    {{2025}} to {{$163 million}}, Kyrgyzstan's statistics committee said on Tuesday, as the border
    reopened after {{two and a half years}}. Cement and fuel made up almost {{half}} of Tajik
    exports to Kyrgyzstan. Somon Air resumed flights between Dushanbe and Bishkek in {{April
    2025}}, {{three times}} a week, with fares from {{$120}}. Analysts expect trade to grow by a
    further {{20%}} in {{2026}}.""",
)
