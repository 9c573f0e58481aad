"""Honduras and Haiti: a women's prison massacre, the state of exception, a billiards-hall
massacre, a prison break, a kidnapping report, vigilante killings and deportations from the
Dominican Republic (7 items, all with figures)."""

from _wrap import item

item(
    "Forty-six women killed in Honduras prison riot",
    """TÁMARA, Honduras.- [[Forty-six inmates|killed;a=the Public Ministry]] died on Tuesday in a
    riot at the National Women's Penitentiary in Támara, {{25 kilometres}} north of Tegucigalpa,
    according to the Public Ministry, the worst massacre in a women's prison in the country's
    history. Members of {{Barrio 18}} entered the cellblock of the rival Mara Salvatrucha shortly
    after {{8am}}, shooting some of the victims, hacking others with machetes and setting fire to
    a cell with [[at least 23 women|killed;a=the Forensic Medicine Directorate]] inside, the
    Forensic Medicine Directorate said. [[Seven inmates|injured]] were taken to the Hospital
    Escuela in the capital with gunshot and machete wounds. The penitentiary, built for [[about
    900 inmates|capacity;a=the National Penitentiary Institute (INP)]], held [[more than
    1,100|arrested;n=-;a=the National Penitentiary Institute (INP)]] at the time, according to
    the National Penitentiary Institute (INP). President Xiomara Castro said she was "shocked by
    this monstrous murder" and announced that the Military Police would take over all [[26
    prisons|other;u=structure;p;a=President Xiomara Castro]] in the country. In the following
    days, soldiers searching the prison found [[18 pistols|other]], [[123 rounds of
    ammunition|other;n=rounds]] and a machine gun. The riot was the deadliest in Honduras since a
    {{2012}} fire at the Comayagua prison killed [[361 inmates|killed]]. By Wednesday evening,
    forensic teams had identified [[only 12 bodies|killed]], and relatives waited outside the
    morgue in Tegucigalpa through a {{second}} night. The penitentiary, opened in {{1957}}, had
    already seen a smaller riot in {{2022}}. Security Minister Ramón Sabillón was dismissed the
    following day.""",
)

item(
    "Honduras extends state of exception as extortion persists",
    """Honduras has extended once again the state of exception it declared in {{December 2022}}
    to fight extortion, even as doubts grow about what it has achieved. Police say they have
    arrested [[more than 7,000 people|arrested;a=Police]] under the measure, which allows
    detention without a warrant, but prosecutors say [[only 1,348|arrested;n=-;a=prosecutors]] of
    them have been formally charged with extortion. The UNAH Violence Observatory counted [[3,022
    homicides|killed;a=The UNAH Violence Observatory]] in {{2023}}, a rate of {{31.1 per
    100,000}} inhabitants, down from {{35.8}} a year earlier, and the government credits the
    measure for the fall. Extortion, however, has not receded. The Association for a More Just
    Society (ASJ) estimates that bus and taxi operators pay {{737 million lempiras}} a year to
    gangs, and that [[at least 48 drivers|killed;a=The Association for a More Just Society
    (ASJ)]] were killed in {{2023}} for refusing or failing to pay. Security Minister Gustavo
    Sánchez said [[2,300 police officers|combatants;a=Security Minister Gustavo Sánchez]] had
    been assigned to the National Anti-Extortion Directorate, up from
    [[900|combatants;n=-;a=Security Minister Gustavo Sánchez]] before the emergency. Rights
    groups are less impressed. The National Human Rights Commissioner (Conadeh) said it had
    received [[more than 600 complaints|other;u=other;a=The National Human Rights Commissioner
    (Conadeh)]] of arbitrary detention and abuse under the measure, including the deaths of [[11
    detainees|killed;a=The National Human Rights Commissioner (Conadeh)]] in police custody. The
    measure, now in its {{third}} year, has been renewed every {{45 days}}.""",
)

item(
    "Gunmen in police uniforms kill 11 at Choloma billiards hall",
    """CHOLOMA, Honduras.- Gunmen dressed in police uniforms killed [[11 people|killed;a=the
    National Police]] at a billiards hall in the López Arellano neighbourhood of Choloma late on
    Saturday, the National Police said, the {{second}} massacre in Cortés department in a week.
    [[Two other men|injured]] were wounded and taken to the Mario Catarino Rivas hospital in San
    Pedro Sula, where one was in a critical condition. Witnesses said [[at least eight
    attackers|combatants;a=Witnesses]] arrived in [[two pickup trucks|other;a=Witnesses]] shortly
    before {{10pm}}, ordered the customers to lie on the floor and opened fire. Investigators
    found [[more than 90 shell casings|other;u=other]] at the scene. Police believe the killings
    were part of a dispute between the {{MS-13}} and a local gang over extortion payments from
    transport workers. The Violence Observatory has recorded [[27 massacres|other;u=other;a=The
    Violence Observatory]] in Honduras so far this year; it defines a massacre as the killing of
    {{three or more people}} in a single incident.""",
)

item(
    "Haiti declares emergency after gangs free thousands from prisons",
    """PORT-AU-PRINCE, {{March 4}} (Reuters) - Haiti declared a {{72-hour}} state of emergency
    and a night curfew on Sunday after armed gangs stormed the country's two biggest prisons over
    the weekend, allowing [[thousands of inmates|other]] to escape. The National Penitentiary in
    the capital held [[about 3,700 inmates|arrested;a=officials]] before the attack, officials
    said, and [[fewer than 100|arrested;n=-;a=a Reuters witness]] remained inside on Sunday,
    according to a Reuters witness. [[At least 12 people|killed]] were killed in the assault,
    among them [[three prison officers|killed]]. The Croix-des-Bouquets prison, which held [[some
    1,000 inmates|arrested]] including gang members, was also attacked. The curfew will run from
    {{6 p.m. to 5 a.m.}} until Wednesday, the government said in a statement. Gang leader Jimmy
    "Barbecue" Cherizier has said the attacks aim to topple Prime Minister Ariel Henry, who was
    in Kenya seeking support for a UN-backed security mission. The United Nations says gang
    violence killed [[more than 4,400 people|killed;a=The United Nations]] in Haiti last year and
    forced [[about 310,000|displaced;n=-;a=The United Nations]] from their homes.""",
)

item(
    "Kidnappings in Haiti: CARDH counts 395 victims in three months",
    """PORT-AU-PRINCE — [[At least 395 people|kidnapped;a=the Centre d'analyse et de recherche en
    droits de l'homme (CARDH)]] were kidnapped in Haiti between January and March, the Centre
    d'analyse et de recherche en droits de l'homme (CARDH) said in a report published on Tuesday.
    Among the victims were [[14 foreigners|kidnapped]] and [[31 children|kidnapped]], the
    youngest {{three years old}}. The organisation said [[at least 52 hostages|killed;a=The
    organisation;alt=the Centre d'analyse et de recherche en droits de l'homme (CARDH)]] were
    killed in captivity, while [[217|kidnapped;n=-;a=The organisation;alt=the Centre d'analyse et
    de recherche en droits de l'homme (CARDH)]] were released after their families paid ransoms
    ranging from {{$2,000}} to {{$250,000}}. Police freed [[38 others|kidnapped]] during
    operations in Croix-des-Bouquets, Tabarre and Martissant. The {{400 Mawozo}} gang alone
    carried out {{about a third}} of the abductions, the report found. CARDH said the police
    anti-kidnapping unit has [[fewer than 60 officers|combatants;a=CARDH]] for the whole
    metropolitan area and urged the authorities to reinforce it.""",
)

item(
    "Crowd burns suspected gang members to death in Port-au-Prince",
    """PORT-AU-PRINCE, Haiti (AP) — A crowd in Haiti's capital pulled [[13 suspected gang
    members|killed;a=police]] from police custody on Monday and beat and burned them to death
    with gasoline-soaked tires, police said. Officers had stopped the men in a minibus at a
    checkpoint in the Canapé-Vert neighborhood and seized their weapons when residents surrounded
    the vehicle. [[Two officers|injured]] were slightly hurt trying to hold the crowd back. The
    killings set off a wave of vigilante violence known as "bwa kale," and a UN report later said
    [[at least 164 people|killed;a=a UN report]] suspected of gang ties were killed by residents
    and self-defense groups between {{April 24}} and the end of June. The UN human rights office
    said [[more than 600 people|killed;a=The UN human rights office]] were killed in gang
    violence in the first {{10 days}} of April alone. Haiti's police force has [[about 9,000
    active officers|combatants;a=the UN]] for a country of [[more than 11 million
    people|civilians;a=the UN]], according to the UN. Police spokesman Garry Desrosiers urged
    people not to take justice into their own hands.""",
)

item(
    "Dominican Republic deported over 276,000 Haitians in 2024",
    """SANTO DOMINGO, {{Jan 6}} (Reuters) - The Dominican Republic deported [[276,215
    Haitians|returned;a=the General Directorate of Migration]] in {{2024}}, the General
    Directorate of Migration said on Monday, a record for the country that shares the island of
    Hispaniola with Haiti. President Luis Abinader said in October that his government would
    deport [[up to 10,000 undocumented migrants a week|returned;p;a=President Luis Abinader]] to
    ease what he called an excessive migrant population. Haitian authorities said [[more than
    1,800 deportees|returned;a=Haitian authorities]] arrived at the Belladère and Ouanaminthe
    border crossings on a single day in November. The International Organization for Migration
    said it had assisted [[more than 96,000 returnees|aid;a=The International Organization for
    Migration]] at the border during the year and that {{14%}} of those sent back in December
    were children.""",
)
