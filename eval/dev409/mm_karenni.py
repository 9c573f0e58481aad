"""dev409 items: Karenni (Kayah) state and its edges (Operation 1111, Loikaw, the camps of
Demoso and Hpruso, porters, defectors, churches, landmines, Ban Mai Nai Soi across the Thai
border)."""

from _wrap import item

item(
    "Karenni fighters push into Loikaw as Operation 1111 enters second week",
    """Karenni resistance forces launched {{Operation 1111}} on {{November 11}}, attacking junta
    positions in and around Loikaw, the capital of Kayah state. Within a week they had captured
    [[more than 20 outposts|other;a=Karenni Nationalities Defence Force]], and [[73 soldiers and
    police|combatants;n=soldiers and police;a=Karenni Nationalities Defence Force]] had
    surrendered, the Karenni Nationalities Defence Force (KNDF) said on Saturday. [[More than 45,000
    people|displaced;a=the Karenni State Interim Executive Council]] have fled Loikaw since the
    offensive began, according to the Karenni State Interim Executive Council. The junta said its
    troops had killed [[more than 120 terrorists|killed;a=The junta]] and repelled the attack.
    Doctors in Demoso said they had treated [[about 60 wounded|injured;a=Doctors in Demoso]] in
    {{three days}}.
    [[Eleven civilians|killed]] died on Thursday when a shell hit a house near the market. The KNDF
    said [[29 of its fighters|killed;a=The KNDF]] had been killed.""",
)

item(
    "Jet bombs camp for displaced near Demoso, killing nine",
    """A junta jet bombed a camp for displaced people in Demoso township, in Karenni state, on
    Sunday night, killing [[nine people|killed;a=camp committee members]], including [[four
    children|killed;a=camp committee members]], camp committee members said. The camp sheltered
    [[some 1,300 people|displaced]], most of them from Loikaw. [[Twenty-three people|injured;a=the
    Karenni Civil Society Network]] were wounded and [[70 bamboo shelters|housing;a=the Karenni
    Civil Society Network]] burned, the Karenni Civil Society Network said. The network counts
    [[about 200 displacement camps|capacity;a=The network;alt=Karenni Civil Society Network]] across
    Demoso, Hpruso and Loikaw townships, holding [[more than 150,000 people|displaced;a=The
    network;alt=Karenni Civil Society Network]]. After the strike, [[between 40 and 50 families|displaced]] moved deeper
    into the forest. It was the {{third}} strike on a camp in the
    township since {{January}}.""",
)

item(
    "Junta says 8,000 back in Loikaw; resistance calls it a show",
    """The junta's Global New Light of Myanmar said on Tuesday that [[more than 8,000
    residents|returned;a=Global New Light of Myanmar]] had returned to Loikaw since troops regained
    control of the town centre, and that authorities had handed out [[2,000 bags|aid;a=Global New
    Light of Myanmar]] of rice and [[500 household kits|aid;a=Global New Light of Myanmar]]. The KNDF
    said most of those who went back were civil servants ordered to return to their posts, and that
    [[tens of thousands of Loikaw residents|displaced;a=The KNDF]] remained in camps in Demoso and
    Hpruso. A resident said [[more than 1,000 houses|housing;a=A resident]] in the town had been
    destroyed or damaged by air strikes and shelling. The UN estimates [[some 230,000
    people|displaced;a=The UN]] are displaced in Karenni, {{more than two-thirds}} of the state's
    pre-war population.""",
)

item(
    "Eleven police officers defect to Karenni resistance with weapons",
    """[[Eleven police officers|combatants;a=the KNDF]] from the station in Bawlakhe defected to
    the resistance on Saturday, bringing [[14 rifles|other;a=the KNDF]] and [[two pickup
    trucks|other;a=the KNDF]] with them, the KNDF said. The officers and [[23 relatives|displaced;a=a
    KNDF officer]] were taken to a safe area in Demoso, a KNDF officer said. People's Embrace, a
    group that helps soldiers and police leave the military, said [[more than 15,000
    members|combatants;a=People's Embrace]] of the security forces had defected since the {{2021}}
    coup. In Karenni alone, [[about 600 soldiers|combatants;a=the KNDF]] have switched sides, the
    KNDF says. The NUG pays each defector a one-off allowance of {{1 million kyat}}.""",
)

item(
    "Loikaw diocese counts 42 churches hit since the coup",
    """Air strikes and shelling have damaged or destroyed [[at least 42 churches|housing;a=the
    Catholic Diocese of Loikaw]] in Karenni state since the coup, the Catholic Diocese of Loikaw
    said in a report. Troops occupied the Christ the King cathedral compound in {{November 2023}},
    forcing out [[about 80 people|displaced;a=the diocese;alt=Catholic Diocese of Loikaw]] who had
    sheltered there, the diocese said. [[Two priests|arrested]] were detained at a checkpoint near
    Loikaw in {{May}} and have not been charged. {{Nine in ten}} of the diocese's [[roughly 90,000
    Catholics|civilians;a=the bishop]] have fled their homes at least once, the bishop said, and
    [[about 35 priests and nuns|displaced;n=priests and nuns;a=the bishop]] have followed their
    parishioners into the camps. A shell struck a church in Demoso in {{January}}, killing [[three
    people|killed;a=the KNDF]] who had sought shelter inside, the KNDF said.""",
)

item(
    "Karenni interim council passes its budget",
    """The Karenni State Interim Executive Council approved a budget of {{1.8 billion kyat}} for
    the {{2025-26}} fiscal year on {{June 3}}, its {{second}} since it was formed in {{April
    2023}}. {{About 40%}} will go to health and education and {{25%}} to the administration of
    liberated areas, the council said. Most revenue comes from taxes on cross-border trade and
    from donations, which fell by {{a third}} in {{2025}}. The council meets every {{three
    months}} in a location it does not disclose.""",
)

item(
    "Fighting near Lawpita threatens Karenni's hydropower",
    """Clashes broke out on Tuesday within {{2 km}} of the Lawpita hydropower complex on the
    Balu Chaung, which once supplied {{about 10%}} of Myanmar's electricity. The {{Baluchaung-2}}
    plant, built with Japanese reparations and opened in {{1960}}, has a capacity of {{168
    megawatts}}. Output has fallen by {{more than half}} since {{2023}}, engineers say, and
    transmission lines to Yangon have been cut several times this year. The junta has guarded
    the complex since {{1962}} as a strategic site.""",
)

item(
    "Convoy from Thailand reaches Karenni camps",
    """A convoy of [[12 trucks|aid;a=Thai officials]] carrying rice, cooking oil and medicine
    crossed from Mae Hong Son into Karenni state on Wednesday, Thai officials said. The supplies
    will be distributed to [[about 20,000 displaced people|aid;p;a=Karenni aid groups]] in Shadaw
    and Mese townships, Karenni aid groups said, and include [[4,000 food parcels|aid;a=Karenni aid
    groups]]. [[More than 200,000 people|displaced]] in the state have fled their homes. The
    Karenni State Interim Executive Council said [[about 70,000 people|civilians;a=The Karenni State
    Interim Executive Council]] in camps in Hpruso and Shadaw had received no rice since {{March}}.
    [[Three volunteers|killed;a=the council;alt=Karenni State Interim Executive Council]] delivering
    rice were killed by a landmine in {{April}}, the council said. Thai officials said [[a further
    15 trucks|aid;p;a=Thai officials]] were due next week.""",
)

item(
    "Porters seized near Moebye found dead, rights group says",
    """Junta troops seized [[about 40 villagers|kidnapped;a=the Karenni Human Rights Group]] from
    villages near Moebye to carry ammunition and supplies in {{March}}, the Karenni Human Rights
    Group said. The group said the bodies of [[nine porters|killed;a=The group;alt=Karenni Human
    Rights Group]] had been found by a stream, and that [[16|missing;a=The group;alt=Karenni Human
    Rights Group]] were still missing. [[Fifteen others|kidnapped]] escaped during fighting near
    Pekhon. The KNDF said it had freed [[seven porters|kidnapped;a=The KNDF]] in an ambush on the
    column on Friday and captured [[four soldiers|arrested;a=The KNDF]]. Forced portering has been
    reported in Karenni since the {{1990s}}, but rights groups say it has become systematic since
    the coup.""",
)

item(
    "New wave flees Demoso as junta pushes south from Loikaw",
    """[[More than 30,000 people|displaced;a=OCHA]] fled camps and villages in Demoso township in the
    {{10 days}} after junta troops began advancing south from Loikaw, OCHA said on Friday. Many had
    already been displaced {{two or three times}}. Residents said jets had struck camps near Daw
    Ta Ma Gyi, killing [[14 people|killed;a=Residents]]. The KNDF said it had lost control of [[six
    villages|other;a=The KNDF]] on the road south. Aid groups said [[about 9,000|displaced;a=Aid
    groups]] of the newly displaced had crossed into Pekhon township in Shan state, while [[roughly
    2,000|displaced;a=Aid groups]] reached the Thai border near Mae Hong Son. Thai authorities said
    they would let [[no more than 500 people|capacity;p;a=Thai authorities]] shelter on the Thai
    side at any one time. OCHA warned that [[up to 20,000 more people|displaced;p;a=OCHA]] could be
    displaced if the advance continued.""",
)

item(
    "Karenni schools teach in the forest as air strikes hit classrooms",
    """The Karenni Education Department runs [[about 320 schools|other;a=The Karenni Education
    Department]] for [[some 45,000 students|other;a=The Karenni Education Department]], most of them
    in bamboo buildings in the forest, and relies on [[1,800 volunteer teachers|other;a=The Karenni
    Education Department]], it said on Monday. Air strikes have hit [[at least 27 schools|housing;a=the
    department;alt=The Karenni Education Department]] since {{2022}}, the department said. [[Six
    pupils|killed]] died when a jet bombed a school in Hpruso township in {{February}}. [[About
    12,000 children|civilians;a=UNICEF]] in the state have no school to attend, according to
    UNICEF. Classes run from {{8am}} to noon so that children can reach shelters before the
    jets come in the afternoon.""",
)

item(
    "Young men detained at Loikaw checkpoints, rights group says",
    """Junta troops detained [[at least 65 young men|arrested;a=the Karenni Human Rights Group]] at
    checkpoints around Loikaw over {{two weeks}}, the Karenni Human Rights Group said. Many were
    accused of links to the KNDF. The group said [[12|arrested;a=The group;alt=Karenni Human Rights
    Group]] were released after their families paid {{500,000 kyat}} each, while
    [[three|killed;a=The group;alt=Karenni Human Rights Group]] died in custody. [[Twenty more
    men|missing;a=relatives]] taken at the checkpoints are unaccounted for, relatives say. The
    Assistance Association for Political Prisoners counts [[more than 480 people|arrested;a=Assistance
    Association for Political Prisoners]] from Karenni state among the [[roughly
    22,000|arrested;a=Assistance Association for Political Prisoners]] held nationwide.""",
)

item(
    "Air strike kills family of seven in Hpruso",
    """A junta air strike on a village in Hpruso township on Tuesday killed [[seven members|killed;a=the
    KNDF]] of a family, including [[three children|killed;a=the KNDF]], the KNDF said. [[Five
    others|injured]] were wounded and [[twelve houses|housing]] burned. [[About 600
    villagers|displaced;a=a village elder]] fled into the hills after the strike, a village elder
    said. The strike left [[about 25 families|displaced]] homeless. It was the {{fourth}} air strike
    on the township this month. The Karenni State Interim
    Executive Council has recorded [[more than 1,100 civilians|killed;a=The Karenni State Interim
    Executive Council]] killed in the state since the coup.""",
)

item(
    "Junta media say Kayah fighters 'return to the legal fold'",
    """State television MRTV said on Tuesday that [[47 members|combatants;a=MRTV]] of "terrorist
    groups" in Kayah state had "returned to the legal fold" in Loikaw, among them [[12
    women|combatants;a=MRTV]]. State media said [[more than 3,000 people|combatants;a=State media]]
    had returned to the legal fold nationwide since the scheme began in {{2022}}. Officials gave
    the group [[94 bags|aid;a=MRTV]] of rice, MRTV said, and security forces seized [[31 guns|other;a=MRTV]]
    they had handed in. The broadcaster said troops had also "cleared" [[five villages|other;a=The
    broadcaster;alt=MRTV]] near Demoso. The KNDF said none of its members had surrendered and that
    those shown on television were villagers detained at checkpoints.""",
)

item(
    "Landmines kill 38 in Karenni in a year",
    """Landmines killed [[at least 38 people|killed;a=the KNDF's mine-clearance unit]] and wounded
    [[94|injured;a=the KNDF's mine-clearance unit]] in Karenni state last year, the KNDF's
    mine-clearance unit said on Thursday. Most were farmers and displaced people returning to
    their fields to harvest rice. The unit said its teams had cleared [[about 1,500
    mines|other;a=The unit;alt=the KNDF's mine-clearance unit]] since {{2023}}, most of them laid by
    junta troops around villages and monasteries. UNICEF said [[at least 11 children|killed;a=UNICEF]]
    were among the dead. [[About 5,000 farmers|civilians;a=Karenni aid groups]] in Demoso and Hpruso cannot reach their
    fields because of mines, according to Karenni aid groups, and have lost {{two harvests}}.""",
)

item(
    "Karenni refugees in Thai camp brace for less food",
    """Ban Mai Nai Soi, the Thai border camp known as {{Site 1}}, shelters [[about 9,500 Karenni
    refugees|displaced;a=The Border Consortium]], according to The Border Consortium, which supplies
    its food. Camp leaders say [[some 1,200 people|displaced;a=Camp leaders]] who crossed after the
    {{2021}} coup are not registered. The consortium cut food support to {{270 baht}} a person a
    month in {{2025}} after US funding ended. [[Around 600 refugees|displaced;a=the UN refugee
    agency]] approved for resettlement in the United States before the freeze are still waiting to
    leave, the UN refugee agency said. Thai authorities plan to move [[about 3,000
    refugees|displaced;p;a=Thai authorities]] from an older section of the camp. A fire destroyed
    [[86 bamboo houses|housing]] in {{March}}, leaving [[about 400 people|displaced]] homeless.""",
)
