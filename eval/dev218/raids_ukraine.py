"""Russian drone, missile and glide-bomb attacks on Ukrainian towns and cities (2015-2026),
and Grad rockets on Mariupol: 15 texts with figures, 2 without."""

from _wrap import item

item(
    "Russia fires record 728 drones at Ukraine in overnight barrage",
    """Russia launched [[728 drones|other;a=Ukraine's air force]] and [[13 missiles|other;a=Ukraine's
    air force]] at Ukraine overnight into {{July 9}}, Ukraine's air force said, the largest aerial
    attack of the war. It said air defences had shot down [[296 drones|other;a=Ukraine's air force]]
    and [[seven missiles|other;a=Ukraine's air force]], while
    [[415|other;a=Ukraine's air force;u=other]] were lost from radar or jammed. The western city of
    Lutsk, more than {{400 km}} from the front line, took the heaviest blow. [[One man|killed;a=Ihor Polishchuk;alt=Mayor Ihor Polishchuk]] was killed and [[two others|injured;a=Ihor Polishchuk;alt=Mayor Ihor Polishchuk;n=-]] were wounded there,
    Mayor Ihor Polishchuk said, adding that the strikes began shortly after {{1 a.m.}} and lasted
    more than {{seven hours}}. In Chernivtsi, regional officials said [[nine people|injured;a=regional
    officials]] had been hurt and [[about 30 homes|housing;a=regional officials]] damaged by falling
    debris.""",
)

item(
    "Rescuers dig through Kyiv apartment block as toll climbs",
    """The number of people killed when a Russian missile brought down an entrance of a {{nine-storey}}
    apartment building in Kyiv's Sviatoshynskyi district rose to [[23|killed;a=the State Emergency
    Service;n=-]] on Friday afternoon, the State Emergency Service said, among them [[four
    children|killed;a=the State Emergency Service]]. [[At least 48 people|injured]] were wounded.
    Rescuers were still searching for [[as many as 10 residents|missing;a=Tymur Tkachenko]] believed
    to be under the concrete, said Tymur Tkachenko, head of the city's military administration.
    Crews pulled [[five people|other;a=the service;alt=the State Emergency Service]] alive from the rubble during the night, and [[about 400
    rescuers|other;a=the service;alt=the State Emergency Service]] and [[12 heavy
    cranes|other;a=the service;alt=the State Emergency Service;u=other]] were on the site, the service said. City officials said [[more than 200 residents|displaced;a=City officials]]
    of neighbouring blocks had been moved to a school nearby, where volunteers handed out [[1,500 hot
    meals|aid;a=City officials]] by the evening.""",
)

item(
    "Dnipro mourns after missile flattens section of apartment block",
    """A Russian {{Kh-22}} missile struck a {{nine-storey}} residential building in Dnipro on
    {{January 14, 2023}}, destroying [[72 apartments|housing;a=regional authorities]] and damaging
    [[236 more|housing;a=regional authorities;u=structure;n=-]], regional authorities said. By the
    time the search ended {{three days}} later, rescuers had recovered [[46 bodies|killed;a=the emergency
    service]], the emergency service said, and [[up to 20 people|missing;a=the emergency service]]
    were still listed as missing. [[Seventy-nine people|injured]] were injured, [[16 of them
    children|injured;n=children]]. Rescuers brought [[39 people|other;a=Ihor Klymenko;alt=Interior Minister Ihor
    Klymenko]] out alive, Interior Minister Ihor Klymenko said. The Ukrainian
    military said the missile, designed to hit aircraft carriers, cannot be intercepted by the air
    defences it has in the region.""",
)

item(
    "Glide bombs hit Kharkiv hypermarket crowded with weekend shoppers",
    """[[Two Russian guided aerial bombs|other;u=other;a=Oleh Syniehubov;
    alt=regional governor Oleh Syniehubov]] struck a building-supplies hypermarket in Kharkiv on Saturday
    afternoon while [[more than 200 people|civilians;a=Oleh Syniehubov;alt=regional
    governor Oleh Syniehubov]] were inside, regional
    governor Oleh Syniehubov said. [[At least 12 people|killed;a=Syniehubov]] were killed and [[43|
    injured;a=Syniehubov]] injured, Syniehubov said late in the evening, while [[16 people|missing;
    a=police]] were unaccounted for, according to police. The fire spread over {{15,000 square metres}}
    and took [[more than 100 firefighters|other]] through the night to put out. Kharkiv, about {{30 km}}
    from the Russian border, has been hit almost daily by {{KAB-500}} and {{KAB-1500}} bombs dropped by
    aircraft flying inside Russian airspace. Officials said [[about 40 glide bombs|other;a=Officials;
    u=other]] had fallen on the city and its suburbs that week.""",
)

item(
    "Rockets hit Mariupol neighbourhood; OSCE traces fire to rebel-held area",
    """Rockets slammed into the eastern Mariupol neighbourhood of Skhidnyi on {{January 24, 2015}},
    killing [[30 civilians|killed;a=city officials]] and wounding [[102|injured;a=city officials]],
    city officials said. Monitors of the Organization for Security and Co-operation in Europe said
    the {{BM-21}} Grad and Uragan rockets had been fired from areas controlled by the Russian-backed
    separatists, some {{15 km}} to {{20 km}} to the north-east. The regional administration said
    [[more than 50 homes|housing;a=The regional administration]] and [[dozens of cars|other;a=The
    regional administration]] had been hit in the strike, which fell on a market and a school. [[Two
    children|killed]] were among the dead. Local authorities opened [[four schools|capacity;a=Local
    authorities]] as shelters for families whose windows and roofs were blown out, and said [[about
    120 residents|displaced;a=Local authorities]] spent the night in them.""",
)

item(
    "Half of Kharkiv without power after strikes on energy grid",
    """Russian missiles and drones struck Kharkiv's power plants overnight, leaving [[about 1.2 million
    consumers|civilians;a=the region's governor]] without electricity, the region's governor said,
    and knocking out the city's metro and water supply. Ukrenergo, the national grid operator, said it
    had cut power to [[more than 200,000 households|civilians;a=Ukrenergo]] in neighbouring regions
    to keep the system stable. Temperatures were forecast to drop to {{minus 8C}} by the weekend. Kharkiv's
    city council opened [[127 Points of Invincibility|capacity;a=Kharkiv's city council;n=Points;u=structure]],
    heated tents and rooms with generators and internet, and said [[about 9,000 people|displaced;a=Kharkiv's
    city council]] had used them
    overnight. By {{6 p.m.}}, engineers had restored supplies to [[340,000 consumers|civilians]] and
    were working in shifts of {{12 hours}}. [[One engineer|injured;a=DTEK]] was wounded by a second
    strike on the same plant, the energy company DTEK said.""",
)

item(
    "Drone strikes Odesa block, killing sleeping family",
    """A Russian drone hit a residential building in Odesa shortly before {{4 a.m.}} on {{March 2}},
    killing [[12 people|killed;a=Oleh Kiper;alt=regional governor Oleh Kiper]], including [[five
    children|killed;a=Oleh Kiper;alt=regional governor Oleh Kiper]], regional governor Oleh Kiper
    said. The youngest was {{four months}} old. An entire stairwell of the {{five-storey}} building
    collapsed, destroying [[18 apartments|housing]]. Rescuers pulled [[a dozen people|other;a=the State Emergency Service]] out of
    the rubble alive, [[eight of them|injured;a=the State Emergency Service;n=-]] with injuries, the
    State Emergency Service said. [[About 70 residents|displaced;a=officials]] were given
    temporary housing at a dormitory, officials said. Ukraine's air force said it had shot down
    [[15|other;a=Ukraine's air force;u=other]] of the [[17 Shahed drones|other;a=Ukraine's air force]] launched at the
    Odesa, Kharkiv and Dnipro regions overnight.""",
)

item(
    "Palm Sunday missile strike on Sumy kills dozens",
    """[[Two Russian ballistic missiles|other;a=the interior ministry]] struck the centre of Sumy on Palm Sunday as people
    gathered for church services, killing [[35 people|killed;a=the interior ministry]], including
    [[two children|killed;a=the interior ministry]], the interior ministry said. [[At least 117
    people|injured;a=the regional administration]] were injured, [[15 of them children|injured;
    a=the regional administration;n=children]], according to the regional administration. The {{Iskander-M}} missiles hit a conference centre and a trolleybus at about {{10:15 a.m.}} local time. [[More than
    20 buildings|housing;a=city officials]] were damaged, among them [[eight residential blocks|housing;
    a=city officials;u=structure]], and [[about 100 cars|other;a=city officials]] were burned or
    wrecked, city officials said. Russia's defence ministry said it had struck a meeting of Ukrainian
    commanders and killed [[more than 60 Ukrainian servicemen|killed;a=Russia's defence ministry]], a
    claim Kyiv rejected. Sumy lies about {{30 km}} from the border.""",
)

item(
    "Kyiv residents spend night in metro as drones circle capital",
    """[[Tens of thousands of Kyiv residents|displaced]] spent the night on the platforms of the city's metro as
    waves of drones circled the capital for {{five hours}}. The city's military administration said
    [[about 25,000 people|displaced;a=The city's military administration]] had sheltered in [[46
    underground stations|capacity;a=The city's military administration;u=structure]], which together
    can take in [[up to 100,000 people|capacity;a=The city's military administration]]. Metro staff
    handed out [[3,000 blankets|aid;a=the metro operator]] and [[5,000 bottles|aid;
    a=the metro operator;u=other]] of water, the metro operator said. Debris from downed drones
    damaged [[six homes|housing;a=Vitali Klitschko;alt=Mayor Vitali Klitschko]] in the Darnytskyi and Holosiivskyi districts,
    Mayor Vitali Klitschko said. [[Three people|injured;a=Vitali Klitschko]] were taken to
    hospital with cuts, he added. The all-clear sounded at {{6:40 a.m.}}""",
)

item(
    "Zaporizhzhia clears glass and boards up windows after missile night",
    """Municipal crews in Zaporizhzhia spent Tuesday boarding up windows after a missile and drone
    attack damaged [[at least 146 apartment buildings|housing;a=Ivan Fedorov;alt=regional governor Ivan Fedorov]] and
    [[43 private houses|housing;a=Ivan Fedorov;alt=regional governor Ivan Fedorov]], regional governor Ivan Fedorov said. [[Seven people|killed]] were
    killed and [[21|injured]] injured in the attack on the city's Shevchenkivskyi district. The
    city's housing department handed out [[2,400 sheets|aid;a=The city's housing
    department]] of plywood and [[about 900 rolls|aid;a=The city's housing
    department;u=other]] of protective film for broken windows. [[300-350 residents|displaced;a=officials]]
    whose flats were uninhabitable were moved into dormitories of a local university, officials said,
    and [[40 families|returned;a=officials]] had already gone back to flats where glass had been
    replaced. The city plans to move [[another 120 families|displaced;p;a=The city]] into
    modular homes by {{December}}. Temperatures in the city hover around {{2C}} at night.""",
)

item(
    "Ternopil toll rises as DNA tests identify victims",
    """The death toll from a Russian missile strike on [[two apartment buildings|housing;a=Ukraine's interior minister]] in Ternopil rose to [[34|killed;a=Ukraine's interior minister;n=-]] on {{November 22}},
    Ukraine's interior minister said, including [[six children|killed;a=Ukraine's interior
    minister]]. Investigators were using DNA tests to identify remains, and [[18-20 people|missing;
    a=police]] were still missing, police said. [[Ninety-four people|injured]] were hurt. Rescuers
    said they had cleared rubble by hand for {{four days}} before excavators could be brought in. Both were {{nine-storey}} blocks. Ternopil, in western Ukraine, had until then been spared mass-casualty strikes. The air force said Russia
    launched [[476 drones|other;a=The air force]] and [[48 missiles|other;a=The air force]] at Ukraine
    that night, mostly aimed at energy and transport infrastructure.""",
)

item(
    "Ukraine's security service detains alleged missile spotters",
    """Ukraine's SBU security service said on Thursday it had detained [[11 people|arrested;
    a=Ukraine's SBU security service]] suspected of passing the coordinates of energy facilities and
    air defence positions to Russian intelligence before missile strikes. [[Three of the
    suspects|arrested;a=the agency;alt=Ukraine's SBU security service;n=suspects]] filmed the flight
    paths of interceptor missiles over Kyiv and Odesa, the agency said. Prosecutors said the group's
    information had been used in an attack that killed [[five people|killed;a=Prosecutors]] and injured
    [[20|injured;a=Prosecutors]] in Odesa. If convicted, the suspects face up to {{15 years}} in
    prison. The SBU said it had detained [[more than 700 people|arrested;a=The SBU]] on similar
    charges since {{2022}}.""",
)

item(
    "Kherson residents leave river districts hunted by drones",
    """Russian drones dropping grenades and mines on Kherson's riverside districts killed [[one woman|
    killed;a=Roman Mrochko;alt=the head of the city's military administration]] and wounded [[four people|injured;a=Roman Mrochko;alt=the head of the city's military administration]] on Sunday,
    the head of the city's military administration, Roman Mrochko, said. Small attack drones launched
    from across the Dnipro, about {{1 km}} away, have made streets in the Korabel and Ostriv
    districts almost impassable, residents said. The authorities have ordered the evacuation of
    [[800 to 1,000 residents|displaced;p;a=The authorities]] from [[12 streets|other;a=The authorities;
    u=other]], and [[more than 400 people|displaced;a=Mrochko]] had left by Monday, Mrochko said.
    [[Fewer than 100 residents|civilians;a=volunteers]] remained in Korabel, volunteers said. The
    regional administration said [[1,300 drone attacks|other;a=The regional administration;u=other]]
    on the city had been recorded in the previous week.""",
)

item(
    "Missile strike on Kramatorsk pizzeria kills teenagers",
    """A Russian missile struck a crowded pizza restaurant in the eastern city of Kramatorsk at about
    {{7:30 p.m.}} on {{June 27, 2023}}, killing [[13 people|killed;a=the prosecutor general's
    office]], [[three of them children|killed;a=the prosecutor general's office;n=children]], the
    prosecutor general's office said. [[Sixty-one people|injured]] were wounded. The twin sisters
    killed in the strike were {{14}}. The blast damaged [[18 high-rise buildings|housing;u=structure]],
    [[65 houses|housing]] and [[five schools|housing]]. Ukraine's SBU said it had arrested a man
    accused of filming the restaurant and sending the
    video to Russian forces before the attack. A Colombian writer and [[two other Colombian
    citizens|injured;n=citizens]] were among the casualties.""",
)

item(
    "Families return to Kharkiv region villages as shelling eases",
    """Local authorities in the Kharkiv region said [[about 1,800 people|returned;a=Local
    authorities]] had returned to villages of the Kupiansk district in October, after a lull in
    Russian glide-bomb and drone attacks. [[More than 12,000 residents|displaced;a=Local
    authorities]] were evacuated from the district in the summer, they said. Officials warned that
    [[about 2,000 homes|housing;a=Officials]] there had been damaged and [[270|housing;a=Officials;
    u=structure]] destroyed outright. The regional administration said it would deliver [[600 repair
    kits|aid;p;a=The regional administration]] to households before winter, and that [[45 families|
    aid;a=The regional administration]] had already received roofing materials. Compulsory
    evacuation of children remains in force in [[15 settlements|other;a=the administration;
    alt=The regional administration;u=other]] within {{5 km}} of the border, the administration said.""",
)

item(
    "Kyiv's longest air-raid alert of the year ends after dawn",
    """The air-raid alert in Kyiv on Wednesday lasted {{eight hours and 42 minutes}}, the longest
    since the start of {{2025}}, according to the city's military administration. The siren sounded
    at {{10:58 p.m.}} and the all-clear came at {{7:40 a.m.}} The administration reported no
    casualties and no damage in the capital. Russian aircraft carrying cruise missiles flew from
    airfields more than {{1,500 km}} away, the air force said, at altitudes that make them hard to
    reach. Kyiv schools delayed the start of classes by {{two hours}}. Around {{40%}} of the city's
    residents say they no longer go to shelters during alerts, according to a survey by the Kyiv
    International Institute of Sociology in September.""",
)

item(
    "Ukraine's grid loses most of its thermal generation, operator says",
    """Russian strikes since {{March 22}} have destroyed or damaged about {{80%}} of Ukraine's
    thermal generation and {{a third}} of its hydropower, the grid operator Ukrenergo said. The company
    said it would need {{three to five years}} and at least {{$3 billion}} to rebuild it. Rolling
    blackouts of {{four hours}} or more were scheduled in most regions on Thursday as
    temperatures reached {{30C}}. The {{1,800-megawatt}} Trypilska plant near Kyiv was completely
    destroyed in April, its operator Centrenergo said. Ukraine hopes to import up to {{1.7
    gigawatts}} from the European Union during the evening peak, from {{7 p.m.}} to {{11 p.m.}}""",
)
