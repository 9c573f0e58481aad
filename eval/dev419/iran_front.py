"""Iran's home front under Israel's strikes, June 2025 and the months after (dev419)."""

from _wrap import item

item(
    "Iran's health ministry says 610 killed in Israeli strikes",
    """
    Iran's health ministry said on {{June 25}} that [[610 people|killed;a=Iran's health ministry]]
    had been killed and [[4,746|injured;a=Iran's health ministry]] injured in Israeli strikes since
    {{June 13}}. Hossein Kermanpour, the ministry's spokesman, said
    [[49 women|killed;a=Hossein Kermanpour]] and [[13 children|killed;a=Hossein Kermanpour]] were
    among the dead, the youngest {{two months}} old. He said
    [[about 3,500 of the wounded|injured;a=Hossein Kermanpour]] had been discharged. The ministry
    said [[five health workers|killed;a=The ministry;alt=Iran's health ministry]] were killed on
    duty and that [[nine hospitals|housing;a=The ministry;alt=Iran's health ministry]] and
    [[seven ambulances|other;a=The ministry;alt=Iran's health ministry]] were damaged. Israel said
    it targeted only military and nuclear sites.
    """,
)

item(
    "HRANA puts Iran's war dead at nearly 1,200",
    """
    The Human Rights Activists News Agency (HRANA), a Washington-based group that tracks abuses in
    Iran through a network of volunteers, said on {{June 26}} that
    [[1,190 people|killed;a=The Human Rights Activists News Agency (HRANA)]] were killed in Iran
    during the war. It said [[436|killed;a=The Human Rights Activists News Agency (HRANA);alt=HRANA]] of them were civilians and
    [[435 members|killed;n=members;a=The Human Rights Activists News Agency (HRANA);alt=HRANA]] of the security forces, and that the status of
    [[319 people|killed;a=The Human Rights Activists News Agency (HRANA);alt=HRANA]] among the dead could not be established. The group counted
    [[4,475 people|injured;a=The group;alt=HRANA;alt=The Human Rights Activists News Agency (HRANA)]] wounded. It said Israeli strikes hit
    [[more than 350 sites|other;a=The Human Rights Activists News Agency (HRANA);alt=HRANA]] in [[24 provinces|other;u=other;a=The Human Rights Activists News Agency (HRANA);alt=HRANA]], most of
    them in Tehran, Kermanshah and Isfahan. HRANA said it had verified {{about 70%}} of the
    deaths it recorded.
    """,
)

item(
    "Tehran residents jam the roads north as Israel warns of more strikes",
    """
    [[Hundreds of thousands of people|displaced]] left Tehran in the war's first week, packing the
    highways to the Caspian coast with queues that stretched for {{100 km}}. Traffic police said
    [[about 400,000 vehicles|other;a=Traffic police]] left the capital on {{June 15}} and
    {{June 16}}. Tehran is a city of [[about 10 million people|civilians]]. On {{June 16}}, Israel's
    military said [[some 330,000 residents|displaced;p;a=Israel's military]] of Tehran's
    {{District 3}} should leave immediately ahead of strikes. The Tehran municipality said it had
    opened [[82 mosques and schools|capacity;u=structure;n=mosques and schools;a=The Tehran
    municipality]] as shelters. In Rasht and Chalus, hotel managers said
    [[hundreds of families|displaced;a=hotel managers]] arrived each day. Petrol stations limited
    sales to {{25 litres}} a car.
    """,
)

item(
    "Iran's judiciary raises Evin prison strike toll to 79",
    """
    Iran's judiciary said on {{June 29}} that [[79 people|killed;a=Iran's judiciary]] were killed
    when Israeli missiles struck Tehran's Evin prison on {{June 23}}, including staff, conscripts,
    inmates and visiting relatives. Judiciary spokesman Asghar Jahangir said
    [[41 staff members|killed;n=members;a=Asghar Jahangir;alt=Judiciary spokesman Asghar
    Jahangir]], [[13 conscript soldiers|killed;a=Asghar Jahangir;alt=Judiciary spokesman Asghar
    Jahangir]] and [[five prisoners|killed;a=Asghar Jahangir;alt=Judiciary spokesman Asghar
    Jahangir]] were among the dead. He said [[about 100 people|injured;a=Asghar Jahangir]] were
    wounded. The judiciary said the remaining inmates had been moved to other jails, and HRANA put
    their number at [[about 1,500 prisoners|arrested;a=HRANA]]. HRANA said
    [[at least 10 inmates|missing;a=HRANA]] were still unaccounted for. The prison, opened in
    {{1972}}, holds many of Iran's political prisoners and dual nationals.
    """,
)

item(
    "Iran arrests hundreds accused of spying for Israel",
    """
    Iranian police said on {{July 1}} they had arrested [[more than 700 people|arrested;a=Iranian
    police]] accused of working for Israel's Mossad during the {{12-day}} war. In Kermanshah
    province alone, the police chief said [[about 100 suspects|arrested;a=the police chief]] had
    been detained. Police in Lorestan said they had arrested [[21 people|arrested;a=Police in
    Lorestan]] for filming military sites. Authorities said they had seized
    [[some 10,000 drones|other;a=Authorities]] in workshops around Tehran. The Fars news agency
    said [[three men|killed;a=The Fars news agency]] convicted of spying were hanged in Urmia on
    {{June 25}}. Amnesty International said [[at least six people|killed;a=Amnesty International]]
    had been executed on espionage charges since {{June 13}}, after trials that lasted
    {{a few hours}}. Rights groups said the families of
    [[dozens of detainees|missing;a=Rights groups]] had not been told where they were held.
    """,
)

item(
    "Iran steps up expulsions of Afghans after the war, accusing some of spying",
    """
    The International Organization for Migration said
    [[more than 500,000 Afghans|returned;a=The International Organization for Migration]] returned
    from Iran between {{June 24}} and {{July 9}}, many of them deported. On the busiest day,
    [[about 36,000 people|returned;a=the IOM;alt=The International Organization for Migration]]
    crossed at Islam Qala, the IOM said. Taliban officials in Herat said
    [[some 1,200 families|returned;a=Taliban officials in Herat]] arrived each day. Iran had given
    undocumented Afghans until {{July 6}} to leave, and officials in Tehran said
    [[up to 4 million|returned;p;a=officials in Tehran]] could be sent back. Iranian state
    television aired the confessions of [[two Afghan men|arrested]] accused of spying for Israel.
    The IOM said it had given [[120,000 returnees|aid;a=The IOM]] hot meals and transport, and aid
    groups set up [[three transit centres|capacity]] at Islam Qala.
    """,
)

item(
    "Tehran counts its damaged homes after strikes on residential blocks",
    """
    Tehran's mayor, Alireza Zakani, said on {{June 27}} that
    [[about 500 residential units|housing;a=Alireza Zakani]] in the capital had been damaged in
    Israeli strikes and [[about 120 buildings|housing;a=Alireza Zakani]] would need major repairs.
    In the Chamran district, a strike on an apartment block on {{June 13}} killed
    [[at least 60 people|killed;a=state media]], including [[20 children|killed;a=state media]],
    state media said. Rescuers said [[about a dozen residents|missing;a=Rescuers]] were still
    under the rubble {{four days}} later. The municipality said
    [[about 1,800 families|displaced;a=The municipality]] had been placed in hotels and guest
    houses. [[Dozens of cars|other]] parked in the street were burned out.
    """,
)

item(
    "Provinces count dead and wounded in Kermanshah, Tabriz and Isfahan",
    """
    The deputy governor of Kermanshah said [[at least 28 people|killed;a=The deputy governor of
    Kermanshah]] were killed in the province, where Israel said it had struck
    [[more than 120 missile launchers|other;a=Israel]]. In Tabriz, the provincial crisis management chief
    said [[11 people|killed;a=the provincial crisis management chief]] were killed and
    [[42|injured;a=the provincial crisis management chief]] injured in strikes on an air base and
    a petrochemical plant. Hospital officials in Isfahan said they treated
    [[about 35 people|injured;a=Hospital officials in Isfahan]] after strikes on the city's nuclear
    technology centre. The Kurdish rights group Hengaw said
    [[at least 12 civilians|killed;a=The Kurdish rights group Hengaw]] were among the dead in the
    Kurdish areas of the west. The governor of Kermanshah said
    [[some 5,000 Basij members|combatants;n=members;a=The governor of Kermanshah]] had been
    deployed to checkpoints around the city.
    """,
)

item(
    "Israel's opening strikes killed top commanders and nuclear scientists",
    """
    The IDF said its opening wave on {{June 13}} involved [[about 200 fighter jets|other;u=other;a=The
    IDF]] striking [[more than 100 targets|other;u=other;a=The IDF]] across Iran. Iran confirmed
    the deaths of its armed forces chief, Mohammad Bagheri, Revolutionary Guards commander Hossein
    Salami and aerospace force chief Amir Ali Hajizadeh. Iranian officials later said
    [[at least 14 nuclear scientists|killed;a=Iranian officials]] had been killed, and Israel said
    it had killed [[about 30 senior commanders|killed;a=Israel]] in the war's first {{48 hours}}.
    Iranian state television said the strikes also killed
    [[dozens of people|killed;a=Iranian state television]] in residential buildings in northern
    Tehran. The Israeli cabinet approved the call-up of
    [[up to 450,000 reservists|combatants;p]].
    """,
)

item(
    "Red Crescent shelters displaced families in schools and tents",
    """
    Iran's Red Crescent Society said it had set up [[48 emergency shelters|capacity;a=Iran's Red
    Crescent Society]] in Tehran and other provinces for people whose homes were hit.
    [[About 2,500 people|displaced]] were staying in them at the end of the war. The society's
    head, Pir-Hossein Kolivand, said [[more than 4,000 rescuers|other;a=Pir-Hossein Kolivand]] had
    been deployed and had pulled [[about 900 people|other;a=Pir-Hossein Kolivand]] alive from the
    rubble. He said the Red Crescent had handed out
    [[15,000 blankets|aid;a=Pir-Hossein Kolivand]] and [[1,300 tents|aid;a=Pir-Hossein Kolivand]].
    Volunteers also delivered [[some 40,000 hot meals|aid]] in the war's second week.
    """,
)

item(
    "Iran cuts internet access and arrests people who posted strike videos",
    """
    Iran restricted internet access for its [[roughly 90 million people|civilians]] for most of the
    war, and the monitoring group NetBlocks said traffic fell by {{97%}} on {{June 18}}. Iran's
    police said [[more than 150 people|arrested;a=Iran's police]] had been arrested for posting
    videos of strike sites or "spreading rumours". Authorities said they had seized
    [[several thousand Starlink terminals|other;u=other;a=Authorities]]. The Committee to Protect
    Journalists said [[at least 21 journalists|arrested;a=The Committee to Protect Journalists]]
    were detained during and after the war. An Israeli strike on the state broadcaster IRIB on
    {{June 16}} killed [[three staff|killed;a=IRIB]], IRIB said. Reporters Without Borders said
    [[two more journalists|killed;a=Reporters Without Borders]] died in strikes on Tehran, and that
    [[some 60 million Iranians|civilians;a=Reporters Without Borders]] were left with state
    television as their only source of news.
    """,
)

item(
    "Families of Evin inmates still searching for relatives",
    """
    Relatives of [[at least 15 inmates|missing;a=HRANA]] held in Tehran's Evin prison have had no
    word of them since Israel struck the jail on {{June 23}}, according to HRANA. Amnesty
    International said [[dozens of political prisoners|arrested;a=Amnesty International]] had been
    moved to Greater Tehran prison, where conditions are harsher. Iran's judiciary said
    [[five visitors|killed;a=Iran's judiciary]] who were waiting to see relatives died in the
    strike. A forensic official said [[nine bodies|killed;a=A forensic official]] had not yet been
    identified. Among those unaccounted for are [[two dual nationals|missing;a=a lawyer for the families]], according
    to a lawyer for the families. [[About 60 women|arrested]] held in the women's ward were moved to Qarchak prison
    south of the city.
    """,
)

item(
    "France says two citizens held in Iran are 'state hostages'",
    """
    France said [[two French citizens|kidnapped;a=France]] held by Iran since {{2022}}, Cécile
    Kohler and Jacques Paris, were state hostages and demanded their release after the Israeli
    strike on Evin prison, where they had been held. The European Union says Iran holds
    [[at least 20 Europeans|kidnapped;a=The European Union]] as hostages. The State Department
    said [[at least three Americans|kidnapped;a=The State Department]] were being held hostage in
    Iran. Separately, [[two Britons|arrested]], Craig and Lindsay Foreman, were detained in Kerman
    in {{January}} and charged with espionage. France's foreign ministry said
    [[about 1,000 French citizens|civilians;a=France's foreign ministry]] were still in Iran and
    urged them to leave. Britain said [[about 60 British nationals|displaced;a=Britain]] had left
    Iran by land with the embassy's help.
    """,
)

item(
    "Tehran hospitals struggled with the wounded in the first days of war",
    """
    Iran's health ministry said on {{June 15}} that [[224 people|killed;a=Iran's health ministry]]
    had been killed and [[1,277|injured;a=Iran's health ministry]] wounded in the first
    {{three days}} of Israeli strikes. Doctors at Tehran's Sina hospital said they received
    [[more than 300 wounded|injured;a=Doctors at Tehran's Sina hospital]] in {{a single night}},
    among them [[a dozen children|injured;a=Doctors at Tehran's Sina hospital]]. The city's
    emergency service said it had [[about 190 ambulances|other;a=The city's emergency service]]
    on the streets. [[Three hospitals|housing]] in the capital were damaged. State media said
    [[tens of thousands of people|other;a=State media]] had donated blood.
    """,
)

item(
    "Tehran begins rebuilding homes hit in the June war",
    """
    Iran's Housing Foundation said on {{September 2}} that
    [[about 2,600 housing units|housing;a=Iran's Housing Foundation]] damaged in the June war were
    being repaired and that [[30 buildings|housing;p;a=Iran's Housing Foundation]] would be
    demolished and rebuilt. The foundation said [[some 1,100 families|aid;a=The foundation;alt=Iran's
    Housing Foundation]] were receiving rent subsidies. In Tehran,
    [[about 400 families|displaced;a=the municipality]] still live in hotels and guest houses, while
    [[about 800 families|returned;a=the municipality]] have moved back into repaired homes, the municipality said.
    [[About 1,200 workers|other]] are on the sites. The government has set aside
    {{20 trillion rials}} for the work.
    """,
)

item(
    "Iran's rial slumps to record low as war shakes markets",
    """
    Iran's rial fell to a record low of about {{930,000}} to the dollar on the open market on
    {{June 18}}, down {{12%}} in {{a week}}. The Tehran Stock Exchange stayed shut for {{five
    days}} and reopened on {{June 21}} with a daily price limit of {{3%}}. Gold coins sold for
    {{95 million rials}} in Tehran's bazaar. Inflation was running at {{about 40%}} before the war,
    the central bank said.
    """,
)

item(
    "Satellite images show damage at Fordow after US strike",
    """
    Satellite images taken on {{June 23}} showed fresh craters above the Fordow enrichment plant,
    which lies about {{80 to 90 metres}} under a mountain near Qom. The UN nuclear agency said Iran
    had {{408 kg}} of uranium enriched to {{60%}} before the war, and that it could not say where
    the material was. Iran's parliament voted by {{221 votes to none}} on {{June 25}} to suspend
    cooperation with the agency. The plant was disclosed in {{2009}}.
    """,
)
