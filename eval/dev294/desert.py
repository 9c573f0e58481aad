"""dev294 items: the Sahara and Libya, the Horn of Africa and Yemen, and Europe's land borders
(14 with figures, 2 without)."""

from _wrap import item

item(
    "Algeria's expulsions leave thousands stranded at Assamaka",
    """
    Algeria expelled [[more than 31,000 migrants|returned;a=the International Organization for
    Migration]] into Niger last year, according to the International Organization for Migration,
    most of them left at a desert border marker known as Point Zero and made to walk about
    {{15 km}} to the village of Assamaka. IOM said its transit centre there, built for
    [[1,000 people|capacity;a=IOM]], was sheltering [[about 4,500|displaced;a=IOM]] at the peak
    in April, and that [[hundreds more|displaced;n=-;a=IOM]] were sleeping in the open at
    {{45C}}. Médecins Sans Frontières said its teams had treated [[1,300 patients|injured;a=Médecins
    Sans Frontières]] for dehydration and injuries from beatings since January and that
    [[at least nine people|killed;a=Médecins Sans Frontières]] had been found dead on the route.
    A sandstorm in May tore apart [[40 tents|housing;u=other]] at the site. The agency said it
    planned to fly [[6,000 migrants|returned;p;a=The agency;alt=the International Organization
    for Migration]] home to Mali, Guinea and Côte d'Ivoire by the end of the year and was handing
    out [[2,000 meals a day|aid]].
    """,
)

item(
    "Sahara may claim more lives than the Mediterranean, UN report says",
    """
    More people may die crossing the Sahara than the Mediterranean, the UN refugee agency and the
    International Organization for Migration said in a joint report on Friday. The agencies said
    they had recorded [[at least 1,180 deaths|killed;a=The agencies;alt=the UN refugee agency
    and the International Organization for Migration]] in the desert in {{2021}} and
    {{2022}}, but believed the real figure was far higher. The report drew on interviews with
    [[31,500 refugees and migrants|other;n=refugees and migrants;a=The report]] across Africa. Of those interviewed, [[thousands|kidnapped;a=The report]] said they had been
    kidnapped for ransom, most often in Libya, Sudan and Niger, and {{38%}} said they had
    witnessed a death. UNHCR's special envoy, Vincent Cochetel, said [[tens of thousands of
    people|civilians;a=Vincent Cochetel]] were at risk in areas where there was "nobody to rescue
    them". The agencies said they needed {{$230 million}} to provide shelter and protection
    along the routes for [[up to 150,000 people|capacity;p;a=The agencies;alt=the UN refugee agency and the
    International Organization for Migration]].
    """,
)

item(
    "Niger soldiers find 34 bodies in the desert near Algerian border",
    """
    Niger's interior ministry said on Wednesday that soldiers had found the bodies of [[34
    migrants|killed;a=Niger's interior ministry]], [[20 of them children|killed;
    n=children;a=Niger's interior ministry]], in the desert near Assamaka. The migrants appear to
    have died of thirst after their smugglers abandoned them, the ministry said.
    [[Five|other;a=a local official]] were found alive by a passing truck driver and taken to
    Arlit, a local official said. An army patrol later reached [[a further 52 people|civilians;
    a=the army;alt=An army patrol]] who had been stranded without water for {{four days}}, the army
    said. Police in Agadez arrested [[two drivers|arrested]]. The government says
    [[as many as 4,000 migrants|displaced;a=The government]] pass through Agadez each week on
    their way north, most in pick-up trucks carrying [[20 to 30 people|displaced]] each.
    """,
)

item(
    "Libya exhumes migrants from mass grave in Kufra after raid frees captives",
    """
    Libyan authorities said they had exhumed [[28 bodies|killed;a=Libyan authorities]] from a mass
    grave in Kufra, in the south-east, after a raid on a traffickers' compound freed
    [[76 migrants|kidnapped;a=Libyan authorities]] held for ransom. Some of the bodies bore
    gunshot wounds, the Kufra security directorate said. In a separate grave near Jikharra,
    [[19 more|killed;n=-]] were found. The UN Support Mission in Libya said
    [[at least three suspects|arrested;a=The UN Support Mission in Libya]] had been detained and
    urged a full investigation. Kufra has become the main entry point for Sudanese fleeing the
    war: [[more than 40,000 Sudanese refugees|displaced;a=UNHCR]] are now in the town, UNHCR
    says, and [[about 200 families|displaced;a=local officials]] arrive each day, according to local
    officials. The UN refugee agency said it had delivered [[5,000 blankets|aid;a=The UN refugee
    agency]] and [[1,200 hygiene kits|aid;a=The UN refugee agency]] to the town.
    """,
)

item(
    "Security forces free 107 hostages from traffickers' prisons in Bani Walid",
    """
    Libyan security forces raided [[three traffickers' warehouses|other;u=structure]] in Bani Walid on Thursday and
    freed [[107 migrants|kidnapped;a=the interior ministry in Tripoli]], among them
    [[14 women|kidnapped]] and [[six children|kidnapped]], the interior ministry in Tripoli said.
    Some had been held for {{more than a year}} and tortured to extract ransoms of up to
    {{$10,000}} from their families, the ministry said. [[Twenty of them|injured;n=-;a=doctors]]
    were taken to hospital with burns and fractures, doctors said. Officers arrested
    [[five Libyans|arrested]] and [[two Eritreans|arrested]] suspected of running the
    sites and found the bodies of [[four migrants|killed]]. Médecins Sans Frontières,
    which runs a clinic in the town, said it had treated [[more than 700 people|injured;a=Médecins
    Sans Frontières]] who escaped or were released from such prisons since {{2017}}.
    """,
)

item(
    "Saudi border guards accused of killing hundreds of Ethiopian migrants",
    """
    Saudi border guards have killed [[at least 655 Ethiopian migrants|killed;a=Human Rights
    Watch]] trying to cross from Yemen since {{March 2022}}, and possibly
    [[thousands|killed;a=Human Rights Watch]], Human Rights Watch said in a report on Monday. The
    group interviewed [[42 people|other;a=The group;alt=Human Rights Watch]] who had tried to
    cross, among them [[38 Ethiopian migrants|other;a=The group;alt=Human Rights Watch]], and
    analysed satellite images showing graves near the border posts. Survivors described guards
    firing mortars at groups of [[up to 200 people|displaced;a=Survivors]] in the mountains of
    Saada. One {{14-year-old}} girl told researchers that [[seven of her group|killed;n=-]] had
    died. A medical worker in Saada said the clinic received [[between 10 and 20 wounded
    migrants|injured;a=A medical worker in Saada]] on some days. Saudi Arabia has rejected similar
    accusations in the past. Yemen's Houthi authorities say [[about 200 migrants|arrested;a=Yemen's
    Houthi authorities]] are in detention in Saada.
    """,
)

item(
    "Fire at Houthi-run migrant holding centre in Sanaa kills dozens",
    """
    A fire at a migrant holding facility in Sanaa killed [[at least 44 people|killed;a=the
    International Organization for Migration]], mostly Ethiopians, and injured
    [[more than 200|injured;a=the International Organization for Migration]], the International
    Organization for Migration said. The facility held [[about 900 migrants|arrested;a=the
    International Organization for Migration]], [[more than 350|arrested;a=the UN agency;alt=the
    International Organization for Migration]] of them in the hangar where the fire started, the
    UN agency said. Human Rights Watch said guards fired projectiles into the hangar after
    detainees protested against their conditions, and the hangar and [[two adjoining buildings|housing]] were gutted. Houthi
    authorities later said they had arrested [[11 officials|arrested;a=Houthi authorities]] over
    the fire. IOM's medical teams said they had treated [[170 people|injured;a=IOM's medical
    teams]] for burns and smoke inhalation, and that [[dozens of families|other;a=IOM's medical
    teams]] in Ethiopia were still waiting for news.
    """,
)

item(
    "Melilla fence crush: rights groups say dozens dead and missing",
    """
    [[About 2,000 people|displaced;a=Moroccan authorities]] tried to climb the border fence around
    Melilla on {{June 24}}, Moroccan authorities said, and [[23 migrants|killed;a=Moroccan
    authorities]] died, most of them in a crush at the Barrio Chino crossing. The Moroccan
    Association for Human Rights puts the toll at [[37|killed;a=The Moroccan Association for Human
    Rights]] and says [[77 people|missing;a=The Moroccan Association for Human Rights]] are still
    missing. Spain's interior ministry said [[133|displaced;a=Spain's interior ministry]] made it
    into the enclave. Rabat said [[140 members of the security forces|injured;n=members;a=Rabat]]
    were hurt. Moroccan courts later sentenced [[87 migrants|arrested]], most of them Sudanese,
    to prison terms of up to {{three years}}. [[More than 500 Moroccan police|combatants;a=the
    association;alt=The Moroccan Association for Human Rights]] had been deployed around Nador
    in the days before, the association said.
    """,
)

item(
    "Ceuta: Spain returns thousands after mass swim from Morocco",
    """
    [[Between 8,000 and 10,000 people|displaced;a=Spanish officials]] swam or waded into Ceuta
    from Morocco in {{two days}}, Spanish officials said, after Moroccan border guards stood aside.
    [[One man|killed]] drowned. Spain deployed [[about 200 soldiers|combatants;a=the defence
    ministry]] and armoured vehicles on the beach, the defence ministry said. The interior
    ministry said [[6,600|returned;a=The interior ministry]] had been sent back to Morocco by
    Wednesday. [[About 1,500 minors|displaced;a=the city government]] remained in the enclave, the
    city government said, housed in [[three warehouses|capacity;u=structure]] and a sports
    centre. Red Cross volunteers treated [[102 people|injured;a=Red Cross volunteers]] for
    hypothermia and exhaustion, they said, among them a baby rescued from the water by a
    Guardia Civil diver.
    """,
)

item(
    "Deaths in the forest on the Poland-Belarus border pass 100, monitors say",
    """
    [[At least 116 people|killed;a=the Polish group We Are Monitoring]] have died on both sides of
    the border between Poland and Belarus since the crisis began in {{2021}}, according to the
    Polish group We Are Monitoring, most of them from hypothermia in the Białowieża forest. The
    Polish border guard says it recorded [[more than 29,000 attempts|other;u=other;a=The Polish
    border guard]] to cross last year. Poland has deployed [[about 5,500 soldiers|combatants;a=the
    defence ministry]] along the frontier, the defence ministry said, alongside [[some 5,000 border
    guards|combatants;a=the defence ministry]]. Grupa Granica, a network of volunteers, said it had
    answered calls for help from [[10,200 people|civilians;a=Grupa Granica]] trapped in the
    forest and delivered [[about 3,000 packages|aid;a=Grupa Granica]] of food, water and dry
    clothes. The group said [[thousands|returned;a=The group;alt=Grupa Granica]] had been pushed
    back into Belarus. The Supreme Court ruled in {{2024}} that pushbacks without an individual
    procedure were illegal.
    """,
)

item(
    "Evros: coroner struggles to name the dead of the river and the forest",
    """
    Pavlos Pavlidis, the coroner in Alexandroupolis, said he had examined the remains of
    [[63 people|killed;a=Pavlos Pavlidis]] found along the Evros river last year, and had been
    able to identify [[only 21|killed;a=Pavlos Pavlidis]]. In {{August}}, firefighters found the
    burned bodies of [[18 people|killed;a=the fire service]], believed to be migrants, in a
    forest near the village of Avantas, the fire service said, and [[two more|killed;n=-]] were
    found the next day. Greece has [[1,800 border guards|combatants;a=the government]] on the
    river, the government says, and is extending the fence by {{35 km}}. Pavlidis said relatives
    of [[about 150 missing people|missing;a=Pavlidis]] had contacted his office. Bodies that are
    not claimed are buried in a Muslim cemetery in Sidiro, where [[more than 200 graves|other;
    u=other;a=villagers]] are marked only with a number, villagers said.
    """,
)

item(
    "Fire destroys Lipa camp, leaving migrants in the Bosnian snow",
    """
    A fire gutted the Lipa camp in north-western Bosnia on {{December 23}}, hours after the
    International Organization for Migration pulled out, leaving [[about 1,200 men|displaced;a=the
    agency;alt=the International Organization for Migration]] without shelter as temperatures
    dropped to {{minus 10C}}, the agency said. [[Dozens of tents|housing;u=other;a=police in Bihać]] and
    [[15 container units|housing;a=police in Bihać]] were destroyed, police in Bihać said. The camp, opened in
    {{April}} as a temporary summer site, had been built for [[1,000 people|capacity]]. For
    {{almost a week}}, [[hundreds of men|displaced]] slept in the snow while local authorities
    refused to reopen a disused barracks. The Bosnian army eventually put up [[25 heated
    tents|aid]]. Further east, police in Bijeljina said [[at least 12 migrants|killed;a=police in
    Bijeljina]] had drowned crossing the Drina from Serbia in {{2023}}, and that
    [[seven of them|killed;n=-;a=police in Bijeljina]] were buried without a name.
    """,
)

item(
    "Iranian border guards accused of firing on Afghans crossing at Saravan",
    """
    Rights groups said on Tuesday that Iranian border guards had opened fire on a group of
    Afghans crossing from Pakistan near Saravan, killing [[between 50 and 200 people|killed;a=Rights
    groups]]. The Haalvsh group, which documents abuses against Baluch people, said it had
    identified [[at least 14 bodies|killed;a=The Haalvsh group]] in a hospital morgue in Saravan
    and that [[about 260 Afghans|displaced;a=The Haalvsh group]] had been in the group. The
    Taliban government said it had sent a delegation to investigate and that [[dozens of the
    wounded|injured;a=The Taliban government]] were being treated in Iranian and Afghan
    hospitals. Iran denied the account. The UN refugee agency says
    [[more than 1.5 million Afghans|returned;a=The UN refugee agency]] were deported or pushed to
    leave Iran in {{2024}}. Iran says it has sent [[about 10,000 additional border
    guards|combatants;a=Iran]] to its eastern frontier.
    """,
)

item(
    "IOM desert patrols find hundreds abandoned by smugglers in Niger",
    """
    Search and rescue teams from the International Organization for Migration found
    [[1,243 migrants|civilians;a=the agency;alt=the International Organization for Migration]]
    stranded in the desert of northern Niger in the first {{nine months}} of the year, the agency
    said on Friday, many of them abandoned by smugglers when their vehicles broke down. The teams,
    which patrol the route between Agadez and the Algerian and Libyan borders in
    [[four trucks|other]], also recovered the remains of [[37 people|killed]].
    "Some had been walking for {{three days}} without water," said Mohamed, a driver with
    {{11 years}} on the route. Those
    rescued were given water, food and [[860 hygiene kits|aid]] and taken to the agency's
    transit centre in Agadez, which has room for [[about 1,000 people|capacity]].
    [[About 700|returned;p;a=IOM]] of them have asked to be flown home, IOM said.
    """,
)

item(
    "Niger's junta scraps the law that criminalised migrant transport",
    """
    Niger's military government on {{November 25, 2023}} repealed Law {{2015-36}}, the
    anti-smuggling law adopted in {{May 2015}} under pressure from the European Union. The law
    had made it a crime to transport foreigners north of Agadez, with prison terms of up to
    {{30 years}}. The EU had spent about {{€250 million}} on migration projects in Niger since
    {{2016}}. Drivers in Agadez said business had returned within {{weeks}}, and that the fare to
    the Libyan border had fallen by about a {{third}}. The {{1,000-kilometre}} track north to
    Sebha takes {{four to five days}}.
    """,
)

item(
    "Spain to raise Ceuta and Melilla fences and remove razor wire",
    """
    Spain's interior ministry said on {{Tuesday}} that it would raise the border fences of Ceuta
    and Melilla by about {{30%}}, to {{10 metres}} in the most exposed sections, and remove the
    razor wire installed in {{2005}}. The work, budgeted at {{€32.7 million}}, is to be completed
    within {{18 months}}. The Melilla fence runs for {{12 kilometres}} and the Ceuta one for about
    {{8 kilometres}}. The ministry first announced the plan in {{2019}}, after a {{decade}} of
    criticism of the blades.
    """,
)
