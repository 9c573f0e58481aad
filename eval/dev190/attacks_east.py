"""Attacks, shootings, sieges and foiled plots in Russia, Turkey, India, Indonesia and the
Philippines, 2015-2026, in the idiom of Meduza, Reuters, AFP, NDTV, The Jakarta Post and
Rappler (13 texts)."""

from _wrap import item

item(
    "Gunmen attack church, synagogue and police post in Nalchik",
    """Gunmen attacked a traffic police post, an Orthodox church and a synagogue in Nalchik, the
    capital of Kabardino-Balkaria, on Sunday evening, killing [[at least 11
    people|killed;a=regional authorities]], [[eight of them|killed;n=-;a=regional authorities]]
    police officers, regional authorities said. An {{81-year-old}} priest was among the dead.
    Telegram channels close to the security services reported [[up to 17 dead|killed;a=Telegram
    channels close to the security services]]; Meduza could not verify that figure. [[Five
    attackers|killed;a=the National Anti-Terrorism Committee]] were killed in shootouts that
    lasted into the night, the National Anti-Terrorism Committee said. The head of the republic
    said [[two more suspects|arrested;a=The head of the republic]] had been detained. [[About 20
    worshippers|civilians]] were trapped inside the synagogue for more than an hour after the
    building caught fire. The republic declared {{three days}} of mourning, and investigators
    opened a terrorism case under Article {{205}} of the Criminal Code. In June {{2024}},
    coordinated attacks on churches, synagogues and police in Dagestan killed [[more than 20
    people|killed]].""",
)

item(
    "Student opens fire at Tomsk college, killing two",
    """A {{19-year-old}} student opened fire with a hunting shotgun at a technical college in
    Tomsk on Monday morning, killing [[two students|killed;a=the regional governor]] and
    wounding [[seven people|injured;a=the regional governor]], the regional governor said. The
    shooter, who held a licence for the {{12-gauge}} weapon, was detained by Rosgvardia officers
    at the scene. [[About 400 students and staff|displaced;n=students and staff;a=the local news
    site TV2]] were evacuated, while [[more than 150|civilians;a=the local news site TV2]]
    barricaded themselves in classrooms on the upper floors, according to the local news site
    {{TV2}}. The Health Ministry said [[five of the injured|injured;n=injured;a=The Health
    Ministry]] were in serious condition. Independent media have counted [[at least 10
    shootings|other;u=other;a=Independent media]] at Russian schools and colleges since
    {{2014}}. In May {{2021}}, a former student killed [[nine people|killed]] at a school in
    Kazan.""",
)

item(
    "Russia's FSB says it detained 14 over Moscow region attack plot",
    """Russia's Federal Security Service (FSB) said on Tuesday it had detained [[14
    people|arrested;a=Russia's Federal Security Service (FSB)]] suspected of planning attacks on
    a synagogue and a railway station in Moscow region on behalf of Islamic State. [[Two
    suspects|killed;a=the FSB;alt=Russia's Federal Security Service (FSB)]] were killed when
    they opened fire on officers trying to arrest them in Kaluga region, the FSB said. Officers
    seized [[four homemade explosive devices|other;a=the agency;alt=Russia's Federal Security
    Service (FSB)]], an assault rifle and [[about 200 cartridges|other;a=the agency;alt=Russia's
    Federal Security Service (FSB)]], the agency said in a statement. Reuters could not
    independently verify the account. The FSB director said in December that [[more than 60
    attacks|other;u=other;a=The FSB director]] had been prevented in {{2024}}. The Crocus City
    Hall attack outside Moscow in March {{2024}}, claimed by Islamic State, killed [[145
    people|killed]].""",
)

item(
    "Bomb on Ankara shopping street kills 6, Turkey detains 46",
    """A bomb exploded on a crowded pedestrian street in Ankara's Kizilay district on Sunday
    afternoon, killing [[six people|killed;a=Turkish officials]] and wounding
    [[81|injured;a=Turkish officials]], Turkish officials said. The interior minister said
    police had detained [[46 people|arrested;a=The interior minister]], including a Syrian woman
    suspected of leaving the bomb in a bag on a bench at about {{4:20 pm}}. Among the dead were
    a man and his {{nine-year-old}} daughter. [[Five of the wounded|injured;n=wounded;a=the
    health minister]] remained in intensive care on Monday, the health minister said. [[Some
    1,500 police officers|combatants]] were deployed around the capital's squares and metro
    stations. It was the deadliest attack in Ankara since March {{2016}}, when a car bomb killed
    [[37 people|killed]] near Guvenpark, {{a few hundred metres}} away.""",
)

item(
    "Two assailants killed in attack on Istanbul courthouse",
    """[[Two assailants|killed;a=the interior minister]] who opened fire on a police checkpoint
    at the entrance to Istanbul's main courthouse were killed in a shootout on Tuesday, and
    [[six people|injured;a=the interior minister]], including [[three police
    officers|injured;a=the interior minister]], were wounded, the interior minister said.
    [[Several thousand people|displaced]] were evacuated from the building in Caglayan, one of
    the largest courthouses in Europe. Police later detained [[seven suspects|arrested;a=state
    news agency Anadolu]] in raids on [[five addresses|other;u=structure;a=state news agency
    Anadolu]] in the Gazi district, state news agency Anadolu reported. The far-left DHKP-C,
    which Turkey, the European Union and the United States list as a terrorist group, claimed
    the attack. In {{2015}}, its militants took a prosecutor hostage at the same courthouse; he
    died after a {{six-hour}} siege.""",
)

item(
    "Hyderabad restaurant blast: 3 dead, 17 injured; NIA takes over probe",
    """[[Three people|killed;a=police]] were killed and [[17|injured;a=police]] injured when a
    low-intensity improvised explosive device went off at a popular restaurant in Hyderabad's
    Ameerpet area around {{1.10 pm}} on Friday, police said. The Union Home Ministry has handed
    the case to the National Investigation Agency (NIA). Police have scanned footage from [[over
    300 CCTV cameras|other;u=other;a=sources]] and identified a man who left a bag near the
    hand-wash counter, sources said. [[Four persons|arrested;a=a senior officer]] have been
    detained for questioning so far, a senior officer told NDTV. [[Some 2,000 police
    personnel|combatants]] have been deployed across the city, and security has been tightened
    on the Hyderabad Metro, which carries [[nearly 5 lakh commuters a day|other;v=500000]]. The
    Telangana government announced an ex gratia of {{Rs 10 lakh}} to the family of each of the
    deceased. The city was last hit in February {{2013}}, when twin blasts at Dilsukhnagar
    killed [[18 people|killed]] and injured [[over 130|injured]].""",
)

item(
    "NIA arrests 8 in raids across 4 states over ISIS-inspired module",
    """The National Investigation Agency (NIA) on Saturday arrested [[eight
    people|arrested;a=officials]] after raids at [[19 locations|other;u=other;a=officials]] in
    Maharashtra, Karnataka, Jharkhand and Delhi in connection with an ISIS-inspired terror
    module, officials said. The agency said it had seized [[two country-made pistols|other;a=The
    agency;alt=The National Investigation Agency (NIA)]], [[38 live cartridges|other;a=The
    agency;alt=The National Investigation Agency (NIA)]], chemicals used for making explosives,
    {{Rs 6.8 lakh}} in cash and [[30 mobile phones|other;u=other;a=The agency;alt=The National
    Investigation Agency (NIA)]]. The accused allegedly planned to target crowded places during
    the festive season. So far, [[17 people|arrested;a=an official]] have been arrested in the
    case, an official said. They face charges under {{Sections 16, 18 and 20}} of the Unlawful
    Activities (Prevention) Act.""",
)

item(
    "Man holds 19 children hostage at Pune studio; all rescued, accused shot dead",
    """A man held [[19 children|kidnapped;a=officials]] and [[two adults|kidnapped;a=officials]]
    hostage for nearly {{three hours}} at an acting studio in Pune's Kothrud area on Thursday
    before police broke in through a bathroom window and rescued all of them, officials said.
    The accused, a {{50-year-old}} man who had been running the auditions, was shot by police
    when he fired at them with an air gun, and died in hospital. The children, aged between
    {{10}} and {{15}}, had been called for what was described as a web series audition. [[Around
    25 personnel|combatants;a=an officer]] of the Quick Response Team took part in the
    operation, an officer said. [[Nearly 200 parents and residents|other;n=parents and
    residents]] had gathered outside the building by the time the children were brought out.""",
)

item(
    "Suicide bombers strike Medan cathedral on Palm Sunday",
    """[[Two suicide bombers|killed;a=police]] on a motorcycle blew themselves up at the gate of
    a Catholic cathedral in Medan, North Sumatra, on Sunday morning, wounding [[at least 19
    people|injured;a=police]], including [[four security guards|injured;a=police]], police said.
    [[About 700 worshippers|civilians]] were attending Palm Sunday Mass inside when the bomb
    went off at around {{10:30 a.m.}} local time. A National Police spokesman said the bombers,
    a married couple, belonged to Jamaah Ansharut Daulah (JAD), the group behind the {{2018}}
    Surabaya church bombings that killed [[at least 28 people|killed;a=A National Police
    spokesman]]. The {{Densus 88}} counterterrorism squad arrested [[13 suspects|arrested]] in
    raids in North Sumatra and West Java over the following {{three days}}. Police said [[more
    than 1,500 personnel|combatants;p;a=Police]] would guard [[about 400
    churches|other;p;a=Police]] in the province over Easter.""",
)

item(
    "Densus 88 nabs 24 terror suspects ahead of Christmas",
    """The National Police's {{Densus 88}} counterterrorism squad has arrested [[24 suspected
    militants|arrested;a=a spokesman]] in [[nine provinces|other;u=other;a=a spokesman]] over
    the past {{two weeks}}, a spokesman said on Monday. He said [[three of them|arrested;n=-;a=a
    spokesman]] had been planning to attack police stations in Central Sulawesi. Officers seized
    [[four pistols|other]], [[two air rifles|other]] and bomb-making materials. The police will
    deploy [[more than 140,000 personnel|combatants;p]] to secure [[some 60,000
    churches|other;p]] and public places during the holidays. Indonesia has not seen a major
    attack since March {{2021}}, when [[two suicide bombers|killed]] blew themselves up outside
    Makassar's Sacred Heart Cathedral, wounding [[20 people|injured]].""",
)

item(
    "Bomb rips through Cotabato City gym during Sunday Mass; 4 dead",
    """An improvised explosive device went off inside a university gymnasium in Cotabato City
    during a Catholic Mass on Sunday morning, killing [[four people|killed;a=the Bangsamoro
    police regional office]] and wounding [[at least 42|injured;a=the Bangsamoro police regional
    office]], the Bangsamoro police regional office said. [[About 500 students and faculty
    members|civilians;n=students and faculty members]] were attending the Mass. The military
    said it had identified [[two suspects|other;a=The military]] linked to the Dawlah Islamiyah
    group, which it said was retaliating for an operation that killed [[11 of its
    fighters|killed;n=fighters;a=The military]] days earlier. Classes on the campus were
    suspended for {{one week}}, and the Philippine National Police put [[some 5,000
    officers|combatants]] in Mindanao on full alert. In January {{2019}}, twin bombings at a
    cathedral in Jolo, Sulu, killed [[23 people|killed]].""",
)

item(
    "Ex-guard frees all hostages after 9-hour standoff at Quezon City mall",
    """A dismissed security guard who held [[43 people|kidnapped;a=police]] hostage inside a
    mall in Quezon City surrendered on Monday night after a standoff of more than {{nine
    hours}}, police said. The suspect, a {{39-year-old}} man, had fired [[two
    shots|other;u=other]] when he took over the mall's administration office shortly before {{11
    am}}, wounding [[one security officer|injured]]. He released [[nine hostages|kidnapped;a=the
    Quezon City Police District director]] during negotiations, and [[the remaining
    34|kidnapped;a=the Quezon City Police District director]] walked out unharmed after he gave
    up his weapon, the Quezon City Police District director said. [[About 3,000 shoppers and
    employees|displaced;n=shoppers and employees]] were evacuated. He had been fired {{two
    weeks}} earlier over a dispute with a supervisor.""",
)

item(
    "Gunman kills 3 at Davao university gate before graduation rites",
    """A gunman shot dead [[three people|killed;a=police]], including a former town mayor, at
    the gate of a university in Davao City on Sunday afternoon, shortly before a graduation
    ceremony, police said. [[Two others|injured]], a security guard and the mayor's
    {{18-year-old}} daughter, were wounded. The suspect, a {{38-year-old}} doctor from Basilan,
    was caught by bystanders and a campus guard carrying [[two pistols|other]] and [[four
    magazines|other]]. [[About 1,500 graduates and guests|civilians;n=graduates and
    guests;a=police]] were inside the campus gym when the shots were heard, police said. The
    ceremony was called off, and the university said classes would resume after {{three days}}
    of mourning.""",
)
