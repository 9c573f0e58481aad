"""dev80 items: Nigeria, the central Sahel, the DRC, the Central African Republic, Mozambique."""

from _wrap import item

item(
    "Chibok: girls still missing a decade on",
    """Of the [[276 schoolgirls|kidnapped;a=Amnesty International]] abducted from their school in
    Chibok in {{April 2014}}, [[57|kidnapped;a=Amnesty International]] escaped within hours and
    [[about 90|missing;a=Amnesty International]] are still missing, Amnesty International said on
    the {{tenth anniversary}}. [[Some 82 girls|kidnapped;a=Amnesty International]] were freed in a
    government deal in {{2017}}, it said. The army said it had found [[16 more girls|kidnapped;a=The
    army]] in the Sambisa forest in {{2022}} and {{2023}}, several of them with children.""",
)

item(
    "Pupils abducted from school in Kuriga",
    """Gunmen abducted [[more than 280 pupils|kidnapped;a=the Kaduna state government]] and [[a
    teacher|kidnapped;a=the Kaduna state government;v=1;q=exact]] from a school in Kuriga, the
    Kaduna state government said. [[137 of the children|kidnapped]] were freed {{16 days}} later.
    The children were {{aged 8 to 15}}.""",
)

item(
    "Kankara schoolboys freed",
    """[[The 344 schoolboys|kidnapped;a=the Katsina state governor]] abducted from the Government
    Science Secondary School in Kankara have been freed, the Katsina state governor said, {{six
    days}} after gunmen stormed the school. The gunmen also killed [[a police
    officer|killed;v=1;q=exact]] guarding the school.""",
)

item(
    "Nigeria: school abductions since Chibok",
    """UNICEF said [[more than 1,680 students|kidnapped;a=UNICEF]] had been abducted from schools in
    Nigeria since {{2014}}, and that [[at least 180 children|killed;a=UNICEF]] had been killed in
    attacks on schools. Insecurity has forced [[about 11,500 schools|other;a=the agency;alt=UNICEF]]
    to close, the agency said.""",
)

item(
    "Children recruited in north-east Nigeria",
    """The UN verified the recruitment and use of [[about 700 children|combatants;a=The UN]] by Boko
    Haram factions and the Islamic State West Africa Province in north-east Nigeria in {{2023}},
    [[some 60 of them|combatants;a=The UN;n=-]] as suicide bombers. The Civilian Joint Task Force, a
    vigilante group, has released [[more than 2,200 children|combatants]] from its ranks since
    signing an action plan.""",
)

item(
    "Maiduguri: malnourished children flood MSF ward",
    """MSF said it had treated [[more than 8,500 children|aid;a=MSF]] for severe acute malnutrition
    at its Maiduguri hospital in {{2024}}, {{twice as many}} as the year before, and that [[at least
    180 children|killed;a=MSF]] had died there.""",
)

item(
    "Safe Schools Declaration marks a decade",
    """Nigeria endorsed the Safe Schools Declaration in {{2015}} and launched a {{$20 million}}
    financing plan for school security in {{2021}}. A decade on, the education ministry says {{one
    in five}} schools in the north-east has a fence, and the plan's {{second phase}} runs to
    {{2026}}.""",
)

item(
    "Burkina Faso's closed schools",
    """Burkina Faso's education ministry said [[5,319 schools|other;a=Burkina Faso's education
    ministry]] were closed because of insecurity at the end of {{May}}, affecting [[about 1 million
    pupils|civilians;a=Burkina Faso's education ministry]] and [[more than 31,000
    teachers|civilians;a=Burkina Faso's education ministry]]. [[Between 300 and 400 schools|other]]
    in the Centre-North reopened after the army retook several towns.""",
)

item(
    "Barsalogho attack: children among victims",
    """Jihadists attacked residents digging trenches around Barsalogho, killing [[hundreds of
    people|killed;a=witnesses]], witnesses said. Local officials said [[at least 70
    children|killed;a=Local officials]] were among the dead, and [[about 140 wounded|injured;a=Local
    officials]] were taken to Kaya.""",
)

item(
    "Mali: grave violations verified",
    """The UN verified [[at least 1,100 grave violations|other;a=The UN;u=other]] against children
    in Mali in {{2023}}, including the recruitment of [[more than 200 children|combatants;a=The UN]]
    and the killing or maiming of [[403|killed;a=The UN]]. [[Twenty-one attacks on
    schools|other;u=other;n=attacks]] were also verified.""",
)

item(
    "Central Mali: schools shut by insecurity",
    """[[About 1,700 schools|other;a=UNICEF]] remain closed in central and northern Mali, UNICEF
    said, leaving [[more than 500,000 children|civilians;a=UNICEF]] out of class. In Mopti region,
    [[31 schools|housing]] were burned or looted in {{2024}}.""",
)

item(
    "Teachers abducted in Tillabéri",
    """Gunmen on motorbikes abducted [[two teachers|kidnapped;a=the regional education directorate]]
    and burned [[six classrooms|housing;a=the regional education directorate]] in a village in
    Niger's Tillabéri region, the regional education directorate said. [[About 250
    pupils|civilians]] have had no lessons since.""",
)

item(
    "Central Sahel: school closures reach record",
    """UNICEF said [[more than 8,000 schools|other;a=UNICEF]] had closed across Burkina Faso, Mali
    and Niger because of violence, affecting [[more than 1.5 million children|civilians;a=UNICEF]]
    and [[about 31,000 teachers|civilians;a=UNICEF]]. Attacks on schools rose {{threefold}} in
    {{four years}}, it said.""",
)

item(
    "DRC tops grave violations list",
    """The UN verified [[4,019 grave violations|other;a=The UN;u=other]] against children in the
    Democratic Republic of the Congo in {{2023}}, the highest of any country after Israel and the
    occupied Palestinian territory. They included the recruitment and use of [[1,861
    children|combatants]] and the abduction of [[1,202|kidnapped]].""",
)

item(
    "Children in Goma's camps",
    """UNICEF said [[about 500,000 children|displaced;a=UNICEF]] were living in crowded camps around
    Goma before the {{M23}} offensive, and that [[at least 70 children|killed;a=UNICEF]] had been
    killed in the fighting for the city. [[More than 300 children|other;a=UNICEF]] had been
    separated from their families, it said.""",
)

item(
    "Ituri: attack on displacement site kills children",
    """CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory, killing [[at
    least 60 people|killed;a=the UN]], [[22 of them children|killed;a=the UN]], the UN said. [[About
    1,800 people|displaced]] fled the site to Bule, and [[dozens of shelters|housing;u=structure]]
    were burned.""",
)

item(
    "Children leave armed groups in the Kivus",
    """UNICEF said it and its partners had helped [[about 3,000 children|combatants;a=UNICEF]] leave
    armed groups in North and South Kivu in {{2024}}, {{a third}} of them girls. [[About 1,200|aid]]
    were placed in community reintegration programmes.""",
)

item(
    "School shelters in North Kivu",
    """The education cluster said [[more than 2,100 schools|other;a=The education cluster]] had been
    closed by fighting in North Kivu and Ituri, and that [[about 120|capacity;a=The education
    cluster;u=structure]] were being used as shelters by displaced families. [[Some 750,000
    children|civilians]] have lost access to education.""",
)

item(
    "Sexual violence survivors treated around Goma",
    """MSF said its teams had treated [[2,700 survivors|aid;a=MSF]] of sexual violence in camps
    around Goma in {{two weeks}}, [[about 700 of them|aid;a=MSF;n=-]] children. Some were {{younger
    than ten}}.""",
)

item(
    "Children in CAR's armed groups",
    """UNICEF estimates that [[between 6,000 and 10,000 children|combatants;a=UNICEF]] are still
    associated with armed groups in the Central African Republic. [[About 1,100
    children|combatants;a=UNICEF]] were released in {{2023}}, it said, [[300 of
    them|combatants;a=UNICEF;n=-]] girls.""",
)

item(
    "School burned in Ouham",
    """Fighters of an armed group killed [[three teachers|killed;a=the UN mission]] and burned
    [[seven schools|housing;a=the UN mission]] in Ouham prefecture, the UN mission said, leaving
    [[some 2,400 pupils|civilians;a=the UN mission]] without classes.""",
)

item(
    "Children abducted in Cabo Delgado",
    """Save the Children said [[at least 51 children|kidnapped;a=Save the Children]] had been
    abducted by insurgents in Cabo Delgado in the first {{six months}} of the year, and that [[about
    350,000 children|displaced;a=Save the Children]] were among those displaced in the province.
    [[At least two children|killed;a=the charity;alt=Save the Children]] were beheaded, the charity
    said.""",
)

item(
    "Insurgents burn schools in Macomia",
    """Insurgents burned [[12 schools|housing;a=district officials]] in Macomia district, district
    officials said, leaving [[about 3,000 pupils|civilians;a=district officials]] out of school.
    [[Four teachers|missing]] have not been seen since the attack.""",
)

item(
    "Cabo Delgado displacement wave",
    """The IOM said [[more than 100,000 people|displaced;a=The IOM]] had fled attacks in Chiure
    district in {{two weeks}}, {{61%}} of them children. [[About 6,000 unaccompanied
    children|displaced]] were registered in Mecufi and Pemba.""",
)

item(
    "ADF raid in Lubero: children killed and taken",
    """Fighters of the Allied Democratic Forces killed [[at least 40 people|killed;a=local civil
    society leaders]], [[11 of them children|killed;a=local civil society leaders]], in a night raid
    on villages in Lubero territory and abducted [[about 30 others|kidnapped;a=local civil society
    leaders]], most of them children, local civil society leaders said. [[Twenty houses|housing]]
    and [[a health centre|housing;v=1;q=exact]] were burned.""",
)
