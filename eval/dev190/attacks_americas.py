"""Mass shootings, rampages, sieges and plots in the United States, Canada and Brazil,
2015-2026, as the American wires, networks and papers and Folha report them (12 texts, 1
without a figure)."""

from _wrap import item

item(
    "Gunman kills 7 at Lubbock supermarket before officer shoots him",
    """LUBBOCK, Texas (AP) - A gunman wearing body armor opened fire in a crowded supermarket
    Saturday afternoon, killing [[seven people|killed;a=police]] and wounding
    [[nine|injured;a=police]] before an officer shot him dead in the parking lot, police said.
    [[Four of the dead|killed;n=dead]] were members of one family. The shooter, a
    {{33-year-old}} Lubbock man, fired [[more than 60 rounds|other;a=Police Chief Maria
    Delgado]] from an {{AR-15}}-style rifle, Police Chief Maria Delgado said. She said the first
    {{911}} call came in at {{3:04 p.m.}} and dispatchers received [[more than 150
    calls|other;u=other;a=Police Chief Maria Delgado]] in the first {{10 minutes}}. [[About 80
    shoppers and employees|civilians;n=shoppers and employees]] hid in a walk-in freezer and
    storerooms until officers led them out. It was the {{37th}} mass killing in the United
    States this year, according to a database maintained by The Associated Press and USA Today
    in partnership with Northeastern University.""",
)

item(
    "Shooting at Denver championship rally leaves 1 dead and 21 wounded",
    """Gunfire erupted at the end of a championship rally in downtown Denver on Wednesday,
    killing [[one person|killed;a=officials]] and wounding [[at least 21
    others|injured;a=officials]], [[nine of them|injured;n=-;a=officials]] children, officials
    said. The police chief said [[three people|arrested;a=The police chief]] had been detained,
    [[two of them|arrested;n=-;a=The police chief]] teenagers, and that the shooting appeared to
    stem from a dispute between groups rather than any plan to attack the crowd. [[More than 800
    officers|combatants;a=The police chief]] had been assigned to the rally, which drew [[about
    a million people|civilians;q=approx;v=1000000;a=The police chief]] to the streets around
    Civic Center Park, she said. Spectators tackled one of the suspects near Union Station, and
    [[dozens of people|injured]] were treated for injuries suffered in the stampede that
    followed the shots.""",
)

item(
    "Two students killed in shooting at Des Moines high school",
    """[[Two students|killed;a=the Polk County sheriff]] were killed and [[five other
    people|injured;a=the Polk County sheriff]] wounded when a {{17-year-old}} student opened
    fire in a hallway at Lincoln High School in Des Moines on Thursday morning, according to the
    Polk County sheriff. The shooter died of a self-inflicted gunshot wound. [[About 1,600
    students|civilians]] sheltered in locked classrooms for more than {{two hours}}, and [[more
    than 1,200|displaced]] were later bused to a reunification center at a nearby church. [[More
    than 100 officers|combatants;a=the sheriff;alt=the Polk County sheriff]] from [[14
    agencies|other;u=other;a=the sheriff;alt=the Polk County sheriff]] responded, the sheriff
    said. The district canceled classes at its [[62 schools|other]] on Friday. It is at least
    the {{23rd}} shooting at a {{K-12}} school this year, according to a CNN tally.""",
)

item(
    "Driver kills 8 at Winnipeg street festival; police say no terror link",
    """A driver plowed an SUV into a crowd at a street festival in Winnipeg on Saturday night,
    killing [[eight people|killed;a=police]] and injuring [[dozens|injured;a=police]], police
    said. A {{30-year-old}} local man with a history of mental illness was arrested at the
    scene, and the interim police chief said there was no evidence of terrorism. [[About 15,000
    people|civilians]] were at the festival when the vehicle entered a closed section of Sargent
    Avenue just after {{8 p.m.}} [[Five of the injured|injured;n=injured]] were in critical
    condition on Sunday. Manitoba's premier said [[about 200 families|aid;a=Manitoba's premier]]
    had contacted a support center set up at a community hall. It was Canada's deadliest vehicle
    attack since April {{2018}}, when a man drove a rented van down a Toronto sidewalk, killing
    [[10 people|killed]].""",
)

item(
    "Student kills two classmates in knife attack at Goiania school",
    """A {{15-year-old}} student stabbed classmates and a teacher at a state school in Goiania
    on Tuesday morning, killing [[two students|killed;a=the Goias Public Security Secretariat]]
    and injuring [[six people|injured;a=the Goias Public Security Secretariat]], according to
    the Goias Public Security Secretariat. The teenager was restrained by [[two teachers|other]]
    and handed over to the Military Police. [[About 700 pupils|displaced]] were evacuated to a
    nearby square. The Ministry of Education said [[more than 30 attacks|other;u=other;a=The
    Ministry of Education]] on schools had been recorded in Brazil since {{2002}}, killing [[at
    least 45 people|killed;a=The Ministry of Education]]. The governor said police officers
    would be posted at [[1,200 schools|other;p;a=The governor]] across the state from next week,
    at a cost of {{R$90 million}} a year.""",
)

item(
    "Gunman frees all 22 bus passengers after four-hour standoff in Belo Horizonte",
    """A man armed with a pistol held [[22 passengers|kidnapped]] hostage on an intercity bus at
    Belo Horizonte's main bus terminal for more than {{four hours}} on Monday before
    surrendering to police. He released [[nine|kidnapped;a=the Minas Gerais Military Police]] in
    small groups during negotiations and freed [[the remaining 13|kidnapped;a=the Minas Gerais
    Military Police]] shortly after {{2 p.m.}}, the Minas Gerais Military Police said. [[One
    passenger|injured]], a {{54-year-old}} man, was shot in the shoulder when the gunman seized
    the bus. [[About 40 officers|combatants]] from the special operations battalion surrounded
    the vehicle, and [[some 3,000 travelers|displaced]] were evacuated from the terminal. The
    suspect, {{36}}, had been released from prison in {{2023}} after serving a sentence for
    armed robbery.""",
)

item(
    "FBI rescues hostages after 10-hour standoff at Ohio church",
    """A man who held [[six people|kidnapped;a=officials]] hostage inside a church in Akron,
    Ohio, for nearly {{10 hours}} was killed when FBI agents stormed the building late Sunday,
    officials said. He had released [[two hostages|kidnapped]] in the afternoon, and [[the other
    four|kidnapped;n=-]] escaped through a side door moments before the rescue team went in. The
    FBI said [[more than 200 law enforcement officers|combatants;a=The FBI]] from federal, state
    and local agencies responded. [[About 300 residents|displaced]] of nearby streets were told
    to leave their homes, and [[about 90 people|other]] had been watching a livestream of the
    service when the man pulled a gun. The church, at {{1140 East Market Street}}, had hired a
    security guard after receiving threats in {{2022}}.""",
)

item(
    "Missoula bowling alley shooting: victims named, suspect found dead",
    """Authorities on Monday released the names of the [[11 people|killed;a=the Missoula County
    sheriff's office]] killed when a gunman opened fire at a bowling alley and a neighboring bar
    in Missoula, Montana, on Friday night, among them a {{14-year-old}} boy and a couple married
    for {{52 years}}, the Missoula County sheriff's office said. [[Thirteen people|injured]]
    were wounded; [[four|injured]] remain hospitalized. The suspected gunman, a {{40-year-old}}
    Army reservist, was found dead in a trailer on Sunday after a {{two-day}} search involving
    [[more than 350 officers|combatants]]. Dispatchers received [[between 200 and 250 emergency
    calls|other;u=other]] in the first {{30 minutes}}, and residents across the city were told
    to stay indoors. A {{.308}}-caliber rifle was found near the body.""",
)

item(
    "Minnesota teen charged with plotting attack on churches for Islamic State",
    """An {{18-year-old}} Minnesota man has been charged with attempting to provide material
    support to the Islamic State after planning to attack [[two churches|other;p;a=the Justice
    Department]] in the Twin Cities, the Justice Department said on Thursday. FBI agents who
    searched his home seized [[three rifles|other;a=the complaint]], [[1,200 rounds|other;a=the
    complaint]] of ammunition and body armor, the complaint says. Prosecutors say he exchanged
    [[more than 400 messages|other;u=other;a=Prosecutors]] with an undercover officer he
    believed to be an Islamic State recruiter. The department said it had charged [[more than 30
    people|arrested;a=The department;alt=the Justice Department]] with Islamic State-related
    offenses since {{2023}}. He faces up to {{20 years}} in prison.""",
)

item(
    "Gunman kills six at four sites in rural New Brunswick rampage",
    """A gunman killed [[six people|killed;a=police]] at [[four
    locations|other;u=other;a=police]] in rural New Brunswick overnight before he was shot dead
    by RCMP officers at a gas station on Highway {{11}}, police said on Sunday. [[Two of the
    dead|killed;n=dead]] were RCMP constables who had responded to the first call. The man also
    set fire to [[three homes|housing]]. RCMP said [[about 25 officers|combatants;a=RCMP]] and a
    helicopter took part in the search, and an emergency alert was sent to [[about 40,000
    phones|other;u=other;a=RCMP]] at {{2:40 a.m.}} telling residents to lock their doors. It was
    the deadliest shooting in Canada since April {{2020}}, when a gunman disguised as a police
    officer killed [[22 people|killed]] in Nova Scotia.""",
)

item(
    "Gunmen kill 11 in attack on Fortaleza bar; police blame factions",
    """Gunmen who arrived in [[three cars|other;a=the Ceara Public Security Secretariat]] opened
    fire on customers at a bar in the Barra do Ceara neighborhood of Fortaleza late on Saturday,
    killing [[11 people|killed;a=the Ceara Public Security Secretariat]] and injuring
    [[seven|injured;a=the Ceara Public Security Secretariat]], the Ceara Public Security
    Secretariat said. Forensic experts collected [[more than 100 shell casings|other;u=other]]
    from {{9mm}} pistols and {{.40}}-caliber weapons. Police said [[four
    suspects|arrested;a=Police]] linked to a criminal faction had been arrested and that [[two
    others|other;a=Police]] were being sought. The state government sent [[300 extra
    officers|combatants]] to the area. In January {{2018}}, [[14 people|killed]] were killed in
    an attack on a nightclub in the city's Cajazeiras neighborhood.""",
)

item(
    "Suspect in Denver rally shooting held without bail",
    """A {{19-year-old}} man charged with first-degree murder in the shooting at a championship
    rally in Denver last week was ordered held without bail on Tuesday. Prosecutors said he
    fired a {{.40}}-caliber handgun from the {{1500}} block of Broadway at about {{2:15 p.m.}}
    on {{Feb. 12}}. His next hearing is set for {{March 3}}. If convicted, he faces life in
    prison; a co-defendant, {{17}}, will be tried as a juvenile.""",
)
