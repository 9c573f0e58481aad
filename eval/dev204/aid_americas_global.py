"""dev204 items: Haiti and Colombia, the yearly global counts, and a second round from Sudan,
Somalia, Mozambique and Gaza."""

from _wrap import item

item(
    "Gang kidnaps 17 missionaries and relatives near Port-au-Prince",
    """
    [[Seventeen people|kidnapped;a=Christian Aid Ministries]] linked to a US-based missionary
    group, among them [[five children|kidnapped;a=Christian Aid Ministries]], were kidnapped by a
    gang east of Port-au-Prince on Saturday, Christian Aid Ministries said. They were seized on
    the road back from visiting an orphanage. Police blamed the {{400 Mawozo}} gang, which they say
    has demanded {{$1 million}} for each captive, and said
    [[about 200 officers|combatants;a=Police]] were searching the area. The Centre for Analysis
    and Research in Human Rights said
    [[at least 628 people|kidnapped;a=The Centre for Analysis and Research in Human Rights]] had
    been kidnapped in Haiti in the first {{nine months}} of the year. Aid groups said they had
    pulled [[dozens of foreign staff|displaced;a=Aid groups]] out of the capital since the
    summer.
    """,
)

item(
    "MSF suspends Port-au-Prince work after attack on its ambulance",
    """
    Médecins Sans Frontières said on Wednesday it was suspending its work in Port-au-Prince after
    police stopped one of its ambulances and
    [[at least two of the patients inside|killed;a=Médecins Sans Frontières;n=patients]] were
    executed by a vigilante group. MSF said its teams had treated
    [[more than 1,100 gunshot victims|injured;a=MSF]] in the capital this year.
    [[More than 700,000 people|displaced;a=the International Organization for Migration]] have
    been driven from their homes by gang violence across Haiti, according to the International
    Organization for Migration. Gangs have kidnapped [[at least 10 health workers|kidnapped]]
    this year, among them [[two nurses|kidnapped]] seized outside a clinic in Delmas in
    {{October}}. The charity said it would resume only when the police gave guarantees for the
    safety of its staff.
    """,
)

item(
    "Families trickle back to Port-au-Prince district as clinic reopens",
    """
    [[About 1,500 families|returned;a=local officials]] have returned to Carrefour-Feuilles since
    police retook the district in {{May}}, local officials said. The district's health centre
    reopened on Monday with [[20 beds|capacity]], supported by Médecins du Monde.
    [[Two of its nurses|killed;a=the group;alt=Médecins du Monde]] were killed when gangs overran
    the district last year, the group said.
    [[Some 3,200 families|displaced;a=the IOM]] still live in
    [[14 displacement sites|capacity;a=the IOM]] in the area, according to the IOM. The mayor's
    office said [[up to 5,000 more families|returned;a=The mayor's office;p]] could come back if
    the police held the neighbourhood through the rainy season.
    """,
)

item(
    "2024 was the deadliest year on record for aid workers",
    """
    A record [[383 aid workers|killed;a=the Aid Worker Security Database]] were killed in {{2024}},
    according to the Aid Worker Security Database, which has tracked attacks since {{1997}}.
    Gaza alone accounted for [[181|killed;n=-]], most of them UNRWA staff. Across all countries
    [[308 aid workers|injured;a=the database;alt=the Aid Worker Security Database]] were
    seriously wounded, [[125|kidnapped;a=the database;alt=the Aid Worker Security Database;n=-]]
    kidnapped and [[45|arrested;a=the database;alt=the Aid Worker Security Database;n=-]]
    detained, the database said. Humanitarian Outcomes, which runs it, said {{95 percent}} of the
    victims were national staff. The group expects the toll for {{2025}} to pass
    [[400|killed;a=The group;alt=Humanitarian Outcomes;q=at_least;p;n=-]].
    """,
)

item(
    "WHO counts more than 1,500 attacks on health care worldwide in a year",
    """
    The World Health Organization verified
    [[1,520 attacks|other;a=The World Health Organization;u=other]] on health care in
    {{2023}}, in which [[752 people|killed;a=The World Health Organization]] were killed and
    [[1,172|injured;a=The World Health Organization;n=-]] injured, according to data released
    on Thursday. More than {{60%}} of the attacks involved heavy weapons.
    [[Nearly 400 health facilities|housing]] were damaged or destroyed. It also recorded
    [[close to 100 health workers|arrested;a=The World Health Organization]] detained and
    [[31|kidnapped;a=The World Health Organization;n=-]] abducted. The figures do not include
    Sudan's Darfur region, where the agency said it could not verify reports.
    """,
)

item(
    "Violence against health care hit a record in 2024, coalition says",
    """
    The Safeguarding Health in Conflict Coalition recorded
    [[3,623 incidents|other;a=The Safeguarding Health in Conflict Coalition;u=other]] of
    violence against or obstruction of health care in {{2024}}, up {{15%}} on the year before.
    The coalition counted
    [[909 health workers|killed;a=The coalition;alt=The Safeguarding Health in Conflict Coalition]]
    killed and [[111|kidnapped;a=The coalition;alt=The Safeguarding Health in Conflict Coalition;n=-]]
    kidnapped. In Sudan,
    [[between 40 and 60 health workers a month|kidnapped;a=The Safeguarding Health in Conflict Coalition]]
    were taken for ransom by armed men, it said. [[Hundreds of health facilities|housing]] in
    Ukraine, Myanmar and Gaza were damaged. In Myanmar the whereabouts of
    [[17 health workers|missing;a=the coalition's researchers]] are unknown, according to the
    coalition's researchers, who drew on data from Insecurity Insight.
    """,
)

item(
    "Red Cross and Red Crescent mourn record number of volunteers killed",
    """
    The International Federation of Red Cross and Red Crescent Societies said
    [[32 members|killed;a=The International Federation of Red Cross and Red Crescent Societies]]
    of its network had been killed on duty in {{2024}},
    [[18|killed;a=The International Federation of Red Cross and Red Crescent Societies;n=-]] of
    them from the Palestine Red Crescent Society. The network counts
    [[about 16 million volunteers|other;a=The network;alt=The International Federation of Red Cross and Red Crescent Societies]]
    worldwide. In Sudan, [[five volunteers|missing]] have been missing since fighting reached
    Wad Madani. The IFRC said it aimed to reach
    [[about 1.3 million people|aid;a=The IFRC;p]] in Sudan this year, but its appeal for
    {{117 million Swiss francs}} was only {{22%}} funded.
    [[Three Sudanese Red Crescent volunteers|killed]] were killed in El Obeid in {{June}} while
    burying the dead.
    """,
)

item(
    "Attacks on Colombia's medical missions reach decade high",
    """
    The ICRC said on Wednesday that it had recorded
    [[434 attacks|other;a=The ICRC;u=other]] on medical missions in Colombia in {{2024}}, the
    most since {{2014}}. Armed groups killed
    [[11 health workers|killed;a=the organisation;alt=The ICRC]] and kidnapped
    [[17|kidnapped;a=the organisation;alt=The ICRC;n=-]], and stopped ambulances at roadblocks
    across the south-west, the organisation said. In Catatumbo, where fighting between the ELN
    and FARC dissidents erupted in {{January}},
    [[more than 50,000 people|displaced;a=the government]] have fled, according to the
    government. [[Two health workers|missing]] disappeared on the road to Tibú and have not been
    heard from. Cúcuta has taken in [[about 9,000 families|displaced;a=the city's mayor]], the
    city's mayor said.
    """,
)

item(
    "Four UNICEF staff killed in bomb attack on minibus in Somalia",
    """
    [[Four UNICEF staff|killed;a=the UN children's agency]] were killed when a bomb hit their
    minibus in Garowe, in Somalia's Puntland region, the UN children's agency said on Monday.
    [[Four others|injured;a=UNICEF]] were seriously wounded, it said. Al-Shabaab said it had
    carried out the attack. The staff worked on programmes that give
    [[about 300,000 children|aid]] in Puntland nutrition support and vaccines. The UN moved
    [[some 40 international staff|displaced]] from Garowe to Nairobi. Puntland's security minister
    said [[six suspects|arrested;a=Puntland's security minister]] had been detained. It was the
    deadliest attack on UN staff in Somalia since {{June 2013}}.
    """,
)

item(
    "MSF pulls staff from Macomia after health centre burned",
    """
    Médecins Sans Frontières said it had evacuated
    [[about 30 staff|displaced;a=Médecins Sans Frontières]] from Macomia in Mozambique's Cabo
    Delgado province after insurgents burned the district health centre and looted
    [[two of its warehouses|other;a=Médecins Sans Frontières;u=structure]]. The attack forced
    [[some 11,000 families|displaced;a=the provincial government]] to flee into the bush or
    towards Pemba, according to the provincial government. Rwanda has
    [[about 2,500 troops|combatants]] in the province, and they retook the town after
    {{three days}}. The WHO said [[18 health workers|missing;a=The WHO]] were unaccounted for.
    Before the attack, [[more than 580,000 people|returned;a=the UN]] had gone back to their
    districts in Cabo Delgado since {{2022}}, the UN says.
    """,
)

item(
    "Gaza polio campaign enters second round amid strikes",
    """
    The UN aims to vaccinate [[about 640,000 children|aid;a=The UN;p]] {{under 10}} in the
    {{second}} round of the polio campaign in Gaza, which began on Saturday. In the first round,
    [[about 560,000 children|aid;a=UNICEF]] were vaccinated, UNICEF said.
    [[Some 2,700 health workers|other;a=the WHO;p]] and community volunteers will go from tent to
    tent, the WHO said. On Thursday a drone struck near a vaccination clinic in Sheikh Radwan,
    wounding [[six people|injured;a=the health ministry]], among them
    [[four children|injured;a=the health ministry]], according to the health ministry. UNICEF
    said [[four of its vehicles|other;a=UNICEF]] had come under fire at a checkpoint. The
    campaign relies on pauses in the fighting from {{6am}} to {{2pm}}.
    """,
)

item(
    "Relief International staff among hundreds killed in Zamzam camp assault",
    """
    [[Nine staff members|killed;a=the charity;alt=Relief International]] of Relief International,
    among them doctors and drivers, were killed when RSF fighters stormed Zamzam camp and its
    clinic, the charity said on Saturday. The UN said
    [[more than 400 people|killed;a=The UN]] had been killed in the {{three-day}} assault.
    [[Between 300,000 and 400,000 people|displaced;a=the International Organization for Migration]]
    fled the camp, according to the International Organization for Migration.
    [[Dozens of residents|missing;a=local volunteers]] are still missing, local volunteers said.
    [[Thousands of RSF fighters|combatants;a=Yale's Humanitarian Research Lab]] took part in the
    assault, according to satellite analysis by Yale's Humanitarian Research Lab. Before the
    attack the camp sheltered [[about 500,000 people|displaced]].
    """,
)

item(
    "Hospitals reopen in Khartoum as people return",
    """
    [[More than 1 million people|returned;a=the International Organization for Migration]] have
    returned to Khartoum state since the army retook the capital in {{March}}, according to the
    International Organization for Migration. Sudan's health minister said
    [[about 50 hospitals|other;a=Sudan's health minister]] had reopened and
    [[3,000 health workers|returned;a=Sudan's health minister]] had gone back to their posts.
    The WHO said it had delivered [[180 tonnes of medicines|aid;a=The WHO;n=tonnes]] to the
    capital since {{April}}. [[Some 12,000 families|returned]] came back to Omdurman in
    {{October}} alone. Officials expect
    [[1.5 to 2 million more people|returned;a=Officials;p]] to return by the end of the year.
    """,
)

item(
    "Gangs overrun Haitian town of Mirebalais, forcing hospital to evacuate",
    """
    Partners In Health said it had evacuated [[about 140 patients|displaced;a=Partners In Health]]
    from its University Hospital in Mirebalais after gangs attacked the town on Monday. The
    hospital, one of the largest in Haiti, has [[300 beds|capacity]].
    [[Dozens of gang members|combatants;a=police]] stormed the town's prison and freed
    [[more than 500 inmates|other;a=police]], police said.
    [[About 4,000 families|displaced;a=the IOM]] fled the town in {{two days}}, the IOM said.
    [[Two hospital staff|kidnapped;a=the group;alt=Partners In Health]] were taken by gunmen as
    they left, the group said.
    """,
)

item(
    "Group tracks hundreds of Gaza health workers held by Israel",
    """
    Healthcare Workers Watch said on Tuesday that
    [[at least 360 health workers|arrested;a=Healthcare Workers Watch]] from Gaza had been
    detained by Israeli forces since {{October 2023}}, and that
    [[about 160|arrested;a=Healthcare Workers Watch;n=-]] were still held.
    [[Four|killed;a=the group;alt=Healthcare Workers Watch;n=-]] have died in Israeli custody,
    among them a senior surgeon, the group said. The whereabouts of
    [[28 doctors|missing;a=Healthcare Workers Watch]] are unknown, it said. Israel's military said
    it detained only people suspected of militant activity and had released
    [[more than 100|arrested;a=Israel's military;n=-]]. The WHO says
    [[about 1,500 health workers|killed;a=The WHO]] have been killed in Gaza.
    """,
)

item(
    "Haiti's hospitals cut off from the north",
    """
    Haiti's main road north, {{National Road 1}}, has been cut by gangs since {{2024}}, and
    medicines now reach the Artibonite only by air, at up to {{$2,500}} a flight, health
    officials said. Bed occupancy at the hospital in Saint-Marc is {{120%}}. Its director said the
    hospital had not received oxygen for {{three weeks}}.
    """,
)

item(
    "World Humanitarian Day marked under a shadow",
    """
    The United Nations marks World Humanitarian Day on {{19 August}}, the anniversary of the
    {{2003}} bombing of its headquarters in Baghdad. The day was established by the General
    Assembly in {{2008}}. This year, the {{22nd}} since the attack, UN agencies in Geneva held a
    minute's silence at {{11am}}.
    """,
)
