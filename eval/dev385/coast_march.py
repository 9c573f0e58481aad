"""Items: the coastal massacres of March 2025 (Latakia, Tartus, Hama) and their aftermath."""

from _wrap import item

item(
    "Coastal toll passes 1,000 as monitor counts civilian dead",
    """The Syrian Observatory for Human Rights said on {{March 8}} that [[at least 745
    civilians|killed;a=Syrian Observatory for Human Rights]], most of them Alawites, had been
    killed in Latakia, Tartus and Hama since the insurgent attack on security forces {{two days}}
    earlier. The Britain-based monitor said [[125 members of the security forces|killed;n=members;a=The
    Britain-based monitor;alt=Syrian Observatory for Human Rights]] and [[148 gunmen|killed;a=The
    Britain-based monitor;alt=Syrian Observatory for Human Rights]] loyal to Bashar al-Assad had
    also died, taking the overall toll [[past 1,000|killed;q=at_least;a=The Britain-based
    monitor;alt=Syrian Observatory for Human Rights]]. In the village of al-Mukhtariya, residents
    said [[about 30 men|killed;a=residents]] were taken from their homes and shot. "They went from
    door to door," said a {{52-year-old}} farmer who fled to the hills with his family. Activists
    said [[dozens of houses|housing;a=Activists]] in Baniyas had been set on fire. Electricity and
    water were cut across much of the coast on Saturday, and bakeries in Jableh stayed shut.""",
)

item(
    "Thousands shelter at Russia's Hmeimim base",
    """[[Thousands of Alawite villagers|displaced]] have sought refuge at the Russian air base at
    Hmeimim, south of Latakia, since the violence erupted on {{March 6}}. A Russian military
    spokesman said [[about 8,000 people|displaced;a=A Russian military spokesman]] were sheltering
    inside the perimeter on Monday, many of them women and children who arrived on foot. The
    defence ministry in Moscow said it had put up [[120 tents|aid;a=defence ministry in Moscow]]
    and was handing out [[3,000 hot meals a day|aid;a=defence ministry in Moscow]]. A community
    leader from Jableh told Reuters that [[at least 40 people|missing;a=A community leader from
    Jableh]] from his neighbourhood were still unaccounted for. In the hangars, [[150
    families|displaced]] from the village of Snobar slept on cardboard. By Wednesday [[some 1,200
    people|returned;a=the spokesman]] had gone back to nearby villages, the spokesman said.""",
)

item(
    "Rights network documents 1,334 killings in four days",
    """The Syrian Network for Human Rights said in a report on {{March 11}} that it had documented
    the killing of [[1,334 people|killed;a=Syrian Network for Human Rights]] in Latakia, Tartus and
    Hama between {{March 6}} and {{March 10}}. It attributed [[at least 889 of the
    deaths|killed;n=deaths;a=Syrian Network for Human Rights]] to armed factions nominally under the
    defence ministry and [[445|killed;a=Syrian Network for Human Rights]] to groups linked to the
    former government. Among the dead were [[39 children|killed;a=the group;alt=Syrian Network for
    Human Rights]] and [[49 women|killed;a=the group;alt=Syrian Network for Human Rights]], the
    group said. Its director, Fadel Abdul Ghany, said researchers had examined [[more than 200
    videos|other;u=other;a=Fadel Abdul Ghany]] posted online by fighters. The report, which runs
    to {{58 pages}}, also recorded [[at least 23 people|missing;a=The report]] whose families had no
    news of them.""",
)

item(
    "Baniyas families bury their dead in a mass grave",
    """Residents of the al-Qusour district of Baniyas buried [[more than 50 bodies|killed]] in a
    mass grave on Sunday after the gunmen left, according to two people who took part. One of
    them, a teacher, said the dead included [[eight members of his extended
    family|killed;n=members;a=a teacher]]. Local activists said [[at least 60 people|missing;a=Local
    activists]] from the district were still missing, [[11 children|missing;a=Local activists]]
    among them. The interior ministry said its forces had regained control of the town and
    arrested [[13 people|arrested;a=interior ministry]] suspected of abuses. The Syrian Arab Red
    Crescent said it had sent [[four ambulances|other;a=Syrian Arab Red Crescent]] and [[22
    volunteers|other;a=Syrian Arab Red Crescent]] to collect bodies from the streets. [[About 400
    families|displaced;a=Red Crescent;alt=Syrian Arab Red Crescent]] from the district are staying
    with relatives in Tartus and in the mountains, the Red Crescent said.""",
)

item(
    "Akkar villages take in Syrians fleeing the coast",
    """Lebanese officials said [[more than 9,000 people|displaced;a=Lebanese officials]] had
    crossed into the Akkar region by {{March 12}}, most of them Alawites from villages around
    Tartus and Homs. Many waded across the Nahr al-Kabir river at night. The mayor of Masoudiyeh
    said his village of [[about 3,000 people|civilians;a=The mayor of Masoudiyeh]] had taken in
    [[roughly 1,500 newcomers|displaced;a=The mayor of Masoudiyeh]], sleeping in a wedding hall and
    in half-built houses. UNHCR said it had registered [[2,400 families|displaced;a=UNHCR]] in the
    north of the country in a week. Lebanon's education ministry said [[around 25
    schools|capacity;a=Lebanon's education ministry]] had been opened to house them. Doctors at
    the government hospital in Halba said they had treated [[17 people|injured;a=Doctors at the
    government hospital in Halba]] for gunshot wounds, including a girl aged {{nine}}. Some
    families said they had walked more than {{40 km}} through the hills.""",
)

item(
    "Interior ministry says patrols ambushed near Jableh",
    """Syria's interior ministry said on {{March 7}} that [[at least 16 of its
    personnel|killed;n=personnel;a=interior ministry]] were killed when gunmen loyal to the former
    government ambushed patrols near Jableh the previous evening. A security official told the
    state news agency SANA that [[dozens of attackers|killed;a=A security official]] had died in
    the counter-offensive and [[more than 100|arrested;a=A security official]] had been captured.
    The ministry said it had sent [[thousands of reinforcements|combatants;a=The ministry;alt=interior
    ministry]] to Latakia and Tartus. Insurgents held [[three checkpoints|other]] on the road to
    Qardaha for several hours before they were retaken. Hospital sources in Latakia said they had
    received [[more than 60 wounded|injured;a=Hospital sources in Latakia]]. A curfew was imposed
    in Latakia city from {{10pm}} to {{6am}}.""",
)

item(
    "UN rights office says whole families were executed",
    """The UN human rights office said on {{March 11}} it had verified the killing of [[111
    civilians|killed;a=UN human rights office]] so far and that the true number was likely far
    higher. Spokesman Thameen Al-Kheetan said gunmen had killed [[at least 90 men|killed;a=Thameen
    Al-Kheetan]] in summary executions, some in front of their families. He said the office's
    team had interviewed [[34 witnesses|other;a=Thameen Al-Kheetan]] by telephone. The office
    said [[dozens of men|kidnapped;a=The office;alt=UN human rights office]] had been abducted in
    the Hama countryside and taken to unknown places. It also had reports of [[at least 50
    homes|housing;a=UN human rights office]] looted and burned. [[Several hundred
    people|displaced;a=residents]] were hiding in orchards near Jableh, residents said by phone.""",
)

item(
    "Fact-finding committee hands report to president",
    """The national committee set up to investigate the coastal violence said on {{July 22}} it
    had identified [[298 suspects|arrested;q=exact;a=national committee]], of whom [[ninety|arrested;a=national committee]]
    were already in custody. Committee spokesman Yasser al-Farhan told reporters it had confirmed
    the deaths of [[1,426 people|killed;a=Yasser al-Farhan]], [[90 of them women|killed;n=women;a=Yasser
    al-Farhan]]. He said [[238 security personnel|killed;a=Yasser al-Farhan]] had been killed in
    the attacks on {{March 6}}. The committee, formed by presidential decree on {{March 9}},
    heard [[938 testimonies|other;u=other;a=The committee]] and visited [[33 sites|other;a=The committee]]
    in Latakia, Tartus and Hama, it said. Rights groups said the figures fell short of their own
    counts.""",
)

item(
    "Tartus: families return to looted villages",
    """Weeks after the killings, [[some 700 families|returned;a=the local council]] have gone back
    to villages around Baniyas, the local council said. Many found their houses stripped of
    furniture, doors and wiring. In Hreisoun, a council member said [[46 houses|housing;a=a council
    member]] had been burned and [[120|housing;u=structure;a=a council member]] looted. The Syrian Arab Red
    Crescent distributed [[1,800 food baskets|aid]] and [[900 hygiene kits|aid]] in the area in
    April. [[About 300 families|displaced;a=the council]] are still afraid to return, the council said,
    and remain with relatives in Tartus city. Villagers said [[15 of their neighbours|missing;a=Villagers]]
    had never been found.""",
)

item(
    "Monitor raises coastal toll, says 1,700 civilians dead",
    """The Syrian Observatory for Human Rights raised its toll on Sunday, saying [[1,700
    civilians|killed;a=Syrian Observatory for Human Rights]] had been killed in the coastal
    region, the great majority Alawites. The monitor said the dead included [[at least 140
    children|killed;a=The monitor;alt=Syrian Observatory for Human Rights]] and that [[more than 60
    massacres|other;u=other;a=The monitor;alt=Syrian Observatory for Human Rights]] had been
    recorded. It counted [[273 members of the security forces|killed;n=members;a=Syrian
    Observatory for Human Rights]] and [[about 250 gunmen|killed;a=Syrian Observatory for Human
    Rights]] from the former government's networks among the dead. Observatory head Rami Abdel
    Rahman said [[hundreds of people|missing;a=Rami Abdel Rahman]] were still missing. The toll is
    the highest in Syria since the fall of Assad in December {{2024}}.""",
)

item(
    "Villager tells of hiding in an olive grove",
    """"We were [[nineteen people|displaced;a=Abu Ali]] under the olive trees for {{three nights}}," said Abu
    Ali, a {{67-year-old}} retired teacher from the village of Sanobar near Jableh. He said the
    gunmen took [[his two sons|kidnapped;n=sons;a=Abu Ali]] on {{March 7}}, and one of them was found dead a
    week later. His neighbour lost [[four relatives|killed]]. Abu Ali said [[about 80 people|missing;a=Abu
    Ali]] from the village had not come back. When the family returned, [[six houses|housing]]
    on his street had been burned. He now sleeps at his brother's house in Latakia with [[11
    others|displaced]].""",
)

item(
    "Security forces say dozens arrested over coastal abuses",
    """The interior ministry said on {{March 22}} that [[at least 30 people|arrested;a=interior
    ministry]] had been detained on suspicion of killing civilians in Latakia and Tartus, the first
    arrests announced over the massacres. A ministry spokesman said [[five members of an armed
    faction|arrested;n=members;a=A ministry spokesman]] had been handed over by their own commanders
    after a video showed them shooting [[three men|killed]] in a street in Baniyas. The ministry
    said it had also detained [[more than 150 suspected regime loyalists|arrested;a=The
    ministry;alt=interior ministry]] accused of taking part in the {{March 6}} attacks. [[Around
    400 security personnel|combatants;a=spokesman]] had been redeployed to the villages, the
    spokesman said. Relatives said [[at least 40 men|missing;a=Relatives]] from Baniyas had been taken away by armed
    factions and never handed to the ministry. [[Two of the suspects|injured;n=suspects;a=the
    spokesman]] were wounded during their arrest, the spokesman said.""",
)

item(
    "Alawite women reported abducted along the coast",
    """Families in Latakia and Tartus reported [[at least 33 Alawite women and girls|kidnapped;n=women
    and girls;a=Families in Latakia and Tartus]] abducted between February and June, according to
    a Reuters investigation. Reuters said it had confirmed the abduction of [[16 of them|kidnapped;n=-;a=Reuters]]
    through interviews with relatives. [[Four of the women|kidnapped;n=women;a=relatives]] were later freed and [[one|killed;a=relatives]]
    was found dead, relatives said. The interior ministry said it had investigated [[42
    complaints|other;u=other;a=interior ministry]] and found that [[only one|kidnapped;n=-;a=interior
    ministry]] was a genuine abduction. A girl of {{17}} returned home in May after {{two
    weeks}} away.""",
)

item(
    "Hama countryside: villages emptied after raids",
    """Gunmen raided [[at least nine Alawite villages|other;a=residents]] in the western Hama
    countryside on {{March 8 and 9}}, residents said. In Arzeh, [[24 men|killed;a=relatives]] were killed in
    a single night, relatives told AFP. [[Thousands|displaced]] left for the
    coastal mountains or for Homs. A local official said [[more than 2,000 families|displaced;a=A
    local official]] had left the area around Masyaf alone. [[Some 450 fighters|combatants;a=the
    defence ministry]] from the army's new divisions were deployed to secure the road to Tartus, the
    defence ministry said. The Syrian Arab Red Crescent said it had delivered [[1,600 food
    baskets|aid;a=The Syrian Arab Red Crescent]] to [[about 700 families|aid;a=The Syrian Arab Red
    Crescent]] sheltering in Masyaf. In Arzeh, [[50 to 60 houses|housing;a=residents]] were burned,
    residents said. Shops in Masyaf reopened on {{March 13}}.""",
)

item(
    "OCHA: needs grow on the coast as thousands remain displaced",
    """The UN Office for the Coordination of Humanitarian Affairs said on {{March 19}} that [[about
    21,000 people|displaced;a=UN Office for the Coordination of Humanitarian Affairs]] remained
    displaced inside Syria's coastal governorates. OCHA said [[more than 1.2m
    people|civilians;a=OCHA]] in Latakia and Tartus had been affected by power and water cuts. It
    said [[35 collective shelters|capacity;a=OCHA]] were open, mostly in schools and mosques.
    OCHA said partners had delivered [[14 trucks|aid;a=OCHA]] of food and medicine and planned to send
    [[another 30|aid;n=-;u=other;p;a=OCHA]] next week. [[Some 9,000 people|returned;a=the office;alt=UN
    Office for the Coordination of Humanitarian Affairs]] had already gone back to their homes,
    the office said.""",
)

item(
    "Coastal inquiry: the committee's timetable",
    """The committee investigating the March violence on Syria's coast was given {{30 days}} to
    report when it was set up on {{March 9}}. Its mandate was extended by {{three months}} in
    April, and again until {{July 10}}. The president's office said the report would be made
    public "in full" within {{two weeks}} of its delivery. The committee said {{80%}} of its
    interviews had been done in person. Its budget was put at {{$1.5 million}}. In {{2026}}, the
    justice ministry said the first trials would open in Aleppo's criminal court.""",
)

item(
    "One year on, Jableh marks the March killings",
    """On {{March 6}}, {{2026}}, candles lit the square of Jableh on the first
    anniversary of the violence that began there in {{2025}}. Mourners read names for more than
    {{two hours}}. A {{71-year-old}} woman who lost her son held his photograph, taken when he was
    {{19}}. Shops closed from {{noon}} to {{3pm}}. Prices in the town's market have risen by about
    {{60%}} in a year, traders said, and a kilo of bread now costs {{5,000 pounds}}.""",
)
