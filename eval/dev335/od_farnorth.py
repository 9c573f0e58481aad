"""dev335 items: the Far North region (Boko Haram and ISWAP, Mayo-Sava, Mayo-Tsanaga,
Logone-et-Chari, Minawao camp)."""

from _wrap import item

item(
    "Twin suicide bombings kill 18 at Kolofata market",
    """[[Two female suicide bombers|combatants;a=security sources]] killed [[at least 18 people|killed;a=security sources]] at a
    crowded market in Kolofata on Sunday morning, security sources said. [[About 40
    others|injured;a=a local official]] were wounded, [[12 of them|injured;n=-;a=a local
    official]] critically, a local official told Reuters. The district hospital in Mora said it
    had received [[23 of the wounded|injured;a=The district hospital in Mora]]. Cameroon has lost
    [[more than 2,000 civilians|killed;a=the International Crisis Group]] to Boko Haram since
    {{2014}}, according to the International Crisis Group. Police said [[two suspected
    accomplices|arrested;a=Police]] had been detained at a checkpoint on the road to Mora,
    where the Multinational Joint Task Force's {{Sector 1}} is based. The market had reopened
    only {{two weeks}} earlier.""",
)

item(
    "Jihadists raid Mayo-Tsanaga village, seize women and girls",
    """Boko Haram fighters killed [[seven villagers|killed;a=the mayor of Mozogo]], abducted [[at
    least 12 women and girls|kidnapped;n=women and girls;a=the mayor of Mozogo]] and burned
    [[about 50 homes|housing;a=the mayor of Mozogo]] in an overnight raid on Goldavi, the mayor
    of Mozogo said. The attackers, [[some 30 men|combatants]] on motorcycles, also made off
    with [[more than 200 head of livestock|other]]. Members of the local vigilance committee
    killed [[two of the attackers|killed]]. [[Three girls|missing;a=relatives]] who ran into the
    bush are still missing, relatives said. [[Nearly 1,000 residents|displaced;a=a local aid
    worker]] have fled to Mokolo, a local aid worker said. The village had been attacked twice
    since {{2021}}.""",
)

item(
    "Far North displacement falls as returns rise, IOM says",
    """[[About 297,000 internally displaced people|displaced;a=the International Organization for
    Migration (IOM)]] live in the Far North, according to the International Organization for
    Migration (IOM), down from [[more than 340,000|displaced;n=-;a=the International
    Organization for Migration (IOM)]] a year earlier. [[Some 128,000
    returnees|returned;a=the agency;alt=IOM]] have gone back to their villages, mostly in
    Mayo-Sava and Logone-et-Chari, the agency said. IOM counted [[212 displacement
    sites|capacity;a=IOM]] across the region, [[40 of them|capacity;n=-;u=other;a=IOM]] in
    Mora. [[Between 4,000 and 6,000 people|displaced]] are newly displaced each month by attacks,
    mostly in Mayo-Sava. Floods in {{August}} forced [[1,300 households|displaced]] out of their shelters
    again. [[Around 46,000 Nigerian refugees|displaced]] live outside the Minawao camp, in
    host villages along the border.""",
)

item(
    "Cameroon says 26 Boko Haram fighters killed near Fotokol",
    """The army said it killed [[26 Boko Haram fighters|killed;a=The army]] in clashes near
    Fotokol on Wednesday and that [[two soldiers|killed;a=The army]] died. The army said [[up to 300
    militants|combatants;a=The army]] took part in the assault. [[Five wounded
    soldiers|injured]] were flown to Maroua by helicopter. The Islamic State West Africa
    Province, in a claim carried by its Amaq news agency, said its fighters had killed [[15
    Cameroonian soldiers|killed;a=The Islamic State West Africa Province]]. Cameroon has
    [[about 2,500 troops|combatants]] in the Multinational Joint Task Force, whose {{Sector 1}}
    is headquartered in Mora. Troops also rescued [[34 hostages|kidnapped;a=The army]], mostly
    women and children, it added. The operation followed an attack on a military post in
    Sagme on {{June 7}}.""",
)

item(
    "Lake Chad's retreat leaves Logone-et-Chari farmers dry",
    """Lake Chad has shrunk by about {{90 percent}} since the {{1960s}}, from {{25,000 square
    kilometres}} to less than {{1,500 square kilometres}}, and fishermen around Blangoua say
    the water now lies {{15 km}} from their landing. Temperatures in Kousseri reached {{46C}} in
    {{April 2024}}. Rainfall this season was {{35 percent}} below average, at {{410 mm}}.
    Cotton buyers paid {{CFA 265 per kilogram}}, unchanged since {{2022}}. "When I was a boy,
    the lake came to this tree," said a fisherman, now {{58}}.""",
)

item(
    "Kidnappings for ransom soar in Mayo-Tsanaga",
    """[[At least 150 people|kidnapped;a=local officials]] were kidnapped for ransom in
    Mayo-Tsanaga last year, up from [[about 60|kidnapped;n=-;a=local officials]] the year
    before, local officials said. Ransoms range from {{CFA 500,000}} to {{CFA 5 million}}.
    [[Nine hostages|kidnapped]] were freed in a gendarmerie operation near Tourou in {{May}},
    but [[two|killed;n=-]] were killed by their captors when their families could not pay. The
    regional gendarmerie commander said [[18 suspected kidnappers|arrested;a=The regional
    gendarmerie commander]] had been caught. [[Some 80 families|displaced]] have left Tourou
    for Mokolo. [[As many as 30 children|other;a=the village chief]] have been kept home from
    school for fear of abduction, the village chief said.""",
)

item(
    "Minawao camp strains as Nigerian refugees keep arriving",
    """Minawao camp, built in {{2013}} for [[15,000 people|capacity]], now shelters [[more than
    70,000 Nigerian refugees|displaced;a=UNHCR]], UNHCR said. [[About 1,500 new
    arrivals|displaced;a=UNHCR]] were registered in {{March}} alone, it said. The agency plans
    to build [[2,000 more shelters|capacity;p;a=The agency;alt=UNHCR]] and [[200
    latrines|aid;p;a=The agency;alt=UNHCR]] this year. Residents receive {{12 litres}} of water
    a day, below the emergency standard. Under a tripartite deal signed in {{2017}}, [[about
    3,000 refugees|returned]] went home to Borno state in {{2021}}. [[Some 23,000
    refugees|returned;p;a=Cameroonian officials]] have registered to go back, Cameroonian
    officials said.""",
)

item(
    "More than 100 schools shut in the Far North as insecurity spreads",
    """[[At least 135 schools|other;a=regional education officials]] in the Far North are closed
    because of attacks and threats, regional education officials said, leaving [[some 40,000
    pupils|other;a=regional education officials]] without classes. UNICEF said [[a further 72
    schools|capacity;a=UNICEF]] were being used as shelters by displaced families. In
    Mayo-Sava, gunmen burned [[two primary schools|housing]] and abducted [[three
    teachers|kidnapped]] in {{February}}. UNICEF plans to distribute [[12,000 school
    kits|aid;p;a=UNICEF]] in the region before the new year. Enrolment in Mayo-Sava has fallen
    by {{a third}} since {{2014}}.""",
)

item(
    "Clashes over water in Logone-et-Chari send thousands fleeing to Chad",
    """Fighting between Arab Choa herders and Mousgoum fishermen around Kousseri killed [[at least
    22 people|killed;a=UNHCR]] and wounded [[30|injured;n=-;a=UNHCR]], UNHCR said. [[More than
    30,000 people|displaced;a=the agency;alt=UNHCR]] crossed the Logone river into Chad, the
    agency said, while [[10,000 to 12,000|displaced;n=-;a=the agency;alt=UNHCR]] were displaced
    inside Cameroon. [[At least 19 villages|housing;a=local officials]] were burned, local
    officials said. Chadian authorities opened [[three sites|capacity]] near N'Djamena for the
    new arrivals. UNHCR plans to relocate [[15,000 refugees|displaced;p;a=UNHCR]] to a camp at
    Kalambari. Police in Kousseri said [[40 people|arrested;a=Police in Kousseri]] had been
    arrested and [[dozens of people|missing;a=Police in Kousseri]] were still missing.""",
)

item(
    "Far North vigilantes pay a heavy price",
    """[[More than 14,000 vigilance committee members|combatants;a=the governor's office]] patrol
    villages in the Far North, according to the governor's office. [[At least 300 of
    them|killed;n=-;a=the governor's office]] have been killed since {{2014}}, it said. The
    region gave the committees [[500 bicycles|other]] and [[200 torches|other;u=other]] last
    year, but many members still go out armed only with bows and machetes. [[Eight
    vigilantes|killed]] died in an ambush near Mora last week. Each committee has [[between 15 and 40 members|combatants]], most of them
    farmers and herders. The governor wants to enrol [[a
    further 2,000 recruits|combatants;p;a=The governor]] in Mayo-Sava, each paid {{CFA
    25,000}} a month.""",
)

item(
    "HRW says Cameroon forced Nigerian refugees back across the border",
    """Human Rights Watch said Cameroonian soldiers had forcibly returned [[more than 100,000
    Nigerian refugees|returned;a=Human Rights Watch]] to Nigeria since {{2015}}, often after
    beating them. [[At least 10|killed;n=-]] died on the way. UNHCR said [[887
    refugees|returned;a=UNHCR]] were sent back from Minawao in {{March 2019}}. The rights group
    said [[about 1,500 asylum seekers|arrested;a=The rights group;alt=Human Rights Watch]] were
    held at a military base in Kolofata before being expelled. Nigerian officials said [[about
    12,000|displaced;n=-;a=Nigerian officials]] of the returnees were living in a camp in Banki.
    [[Dozens of trucks|other]] were used to carry them across the border.""",
)

item(
    "Suicide bomber strikes displaced camp at Nguetechewe",
    """A suicide bomber blew herself up in a camp for displaced people at Nguetechewe overnight,
    killing [[at least 16 people|killed;a=the mayor of Mozogo]], [[six children|killed;a=the
    mayor of Mozogo]] among them, the mayor of Mozogo said. The camp sheltered [[about 800
    people|displaced]] who had fled earlier raids. [[Seven of the wounded|injured;a=Médecins
    Sans Frontières]] were evacuated to Mokolo, according to Médecins Sans Frontières. Amnesty
    International said it had recorded [[nine attacks|other;u=other;a=Amnesty International]] on
    displacement sites in the region this year. [[Hundreds|displaced;n=-]] left the camp the
    next morning for Mozogo town, {{12 km}} away. [[Four people|missing]] are still missing.""",
)

item(
    "Hunger and malnutrition rise in the Far North",
    """[[Some 45,000 children|civilians;a=UNICEF]] under five suffer from severe acute
    malnutrition in the Far North, UNICEF said, and the agency expects to treat [[36,000 of
    them|aid;p;n=-;a=the agency;alt=UNICEF]] this year. WFP said it had assisted [[230,000
    people|aid;a=WFP]] in {{June}}, nearly half of them in Mayo-Sava. [[14 health
    centres|other;a=the regional public health delegation]] in Mayo-Sava are closed, according
    to the regional public health delegation. [[Six health centres|housing]] have been burned
    by Boko Haram since {{2019}}. [[1.2m people|civilians;a=OCHA]] in the region need aid, OCHA
    says.""",
)

item(
    "Military court jails soldiers over Zelevet killings",
    """A military court in Yaoundé sentenced [[four soldiers|arrested]] to {{10 years}} in prison
    for the killing of [[four civilians|killed]], among them a baby, in
    {{2015}} in Zelevet, near the Nigerian border. [[Three others|other]] were acquitted. The
    killings were filmed and the video circulated in {{July 2018}}. Amnesty International said
    it had documented [[more than 100 extrajudicial executions|killed;a=Amnesty International]]
    by the security forces in the Far North. [[Over 150 soldiers|killed;a=the defence
    ministry]] have died fighting Boko Haram, according to the defence ministry. The court has
    tried [[12 soldiers|arrested]] for abuses in the region since {{2019}}.""",
)

item(
    "A decade after Boko Haram crossed into Cameroon",
    """Boko Haram's first large raids on Cameroonian soil came in {{May 2014}}, when fighters
    struck a Chinese road workers' camp at Waza. President Biya declared war on the group in
    Paris that month. The defence budget rose to {{CFA 238 billion}} in {{2015}}, about {{8
    percent}} of state spending. The border with Nigeria runs for some {{1,700 km}}. The group's
    leader Abubakar Shekau, thought to be {{about 45}}, died in {{May 2021}}. Maroua, the
    regional capital, has been under a ban on motorbike taxis after {{6 pm}} since {{2014}}.""",
)

item(
    "Families of the missing in the Far North wait for answers",
    """The International Committee of the Red Cross (ICRC) said [[more than 1,100
    people|missing;a=The International Committee of the Red Cross (ICRC)]] had been registered
    as missing by their families in the Far North. The ICRC said it had resolved [[237
    cases|other;a=The ICRC]] so far. [[Some 50 girls|kidnapped;a=a women's association in
    Kolofata]] abducted in {{2015}} are still held, a women's association in Kolofata says.
    [[Three foreign missionaries|kidnapped]] seized near Koza in {{2019}} were freed after
    {{nine months}}. [[Five men|missing;a=relatives]] vanished after being arrested by
    soldiers in Mora, relatives told Amnesty International. [[About 600 families|aid]] of
    missing people received cash grants from the ICRC last year.""",
)
