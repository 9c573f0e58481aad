"""Items of dev391: JNIM's fuel blockade of 2025, the attacks on Kati and on Bamako's gendarmerie
school, hostages and kidnappings on the roads of the south and the west."""

from _wrap import item

item(
    "JNIM attack on Bamako gendarmerie school and airport kills dozens",
    """Jihadists attacked a gendarmerie training school in Bamako's Faladié district and the
    military side of the city's airport before dawn on {{September 17, 2024}}. Security sources
    told Reuters that [[more than 70 people|killed;a=Security sources]] were killed and
    [[at least 255|injured;a=Security sources]] wounded, most of them trainee gendarmes. The
    government, which gave no full toll, said [[some 20 attackers|arrested;a=The government]]
    had been arrested and the situation was under control. JNIM, which claimed the attack,
    said its fighters had killed [[hundreds of soldiers|killed;a=JNIM]] and destroyed
    [[six aircraft|other;a=JNIM]], including the presidential plane. Satellite images showed
    damage to [[at least four hangars|housing;a=Satellite images;u=structure]]. Relatives said
    [[dozens of trainees|missing;a=Relatives]] were still unaccounted for days later. A funeral
    was held for [[about 50 gendarmes|killed]] at the school the following {{Friday}}. It was the
    first major attack on the capital since {{2016}}.""",
)

item(
    "Kati military camp attacked at dawn, one soldier killed",
    """Gunmen driving [[two car bombs|other;a=the army;u=other]] attacked the military camp at Kati,
    {{15 km}} from Bamako and the seat of the junta, at dawn on {{Friday}}, the army said. The
    army said [[one soldier|killed;a=The army]] was killed and
    [[six people|injured;a=The army]] were wounded, including
    [[two civilians|injured;a=The army]]. [[Seven assailants|killed;a=The army]] were
    "neutralised" and [[eight|arrested;a=The army]] arrested, it said. JNIM's Katiba
    Macina claimed the assault a day later and said it was holding
    [[two soldiers|arrested;a=JNIM's Katiba Macina]] captured at the gate. The attack came
    {{one day}} after a series of attacks on [[six army positions|other]] across
    the centre of the country.""",
)

item(
    "JNIM declares fuel blockade, burns tankers on the Senegal road",
    """JNIM declared a blockade on fuel imports into Mali on {{September 3, 2025}}, and its
    fighters have since burned [[more than 100 tankers|other;a=transporters' unions]] on the
    roads from Senegal and Ivory Coast, transporters' unions said. In a single attack near
    Kayes on {{September 14}}, [[about 40 trucks|other;a=witnesses]] were set on fire, witnesses
    said. The union of tanker drivers said [[at least nine drivers|killed;a=The union of tanker
    drivers]] had been killed and [[a dozen others|kidnapped;a=The union of tanker drivers]]
    abducted. The group said it would target "every truck" heading for Bamako.
    [[Hundreds of trucks|other;a=customs officials]] were stranded at the Senegalese border,
    customs officials said. Mali imports
    almost all its fuel, about {{95%}} of it by road from Dakar and Abidjan, and needs
    [[about 250 tankers a day|other;p;a=traders]] to keep the capital supplied, traders
    estimate.""",
)

item(
    "Hundreds of fuel tankers reach Bamako under army escort",
    """A convoy of [[about 300 fuel tankers|other;a=the army]] reached Bamako on {{Saturday}}
    escorted by troops, drones and helicopters, the army said, after a journey of
    {{10 days}} from the Senegalese border. The army said it had repelled
    three ambushes on the way and killed
    [[more than 40 terrorists|killed;a=The army]]. JNIM said it had destroyed
    [[between 20 and 30 tankers|other;a=JNIM]] in the convoy and killed
    [[15 soldiers|killed;a=JNIM]]. Queues at filling stations in the capital stretched for
    {{two kilometres}}, and the price of a litre of petrol on the black market reached
    {{2,000 CFA francs}}, up from {{775}}. The union of drivers said [[12 drivers|injured;a=The union of drivers]] were wounded
    on the way, and the army said [[two soldiers|killed;a=the army]] died. A second convoy of
    [[up to 500 trucks|other;p;a=the transport ministry]] is expected next week, according to
    the transport ministry.""",
)

item(
    "Schools close across Mali as the fuel shortage deepens",
    """Mali's government closed [[all 8,000 public schools|other;a=Mali's government]]
    for {{two weeks}} from {{October 27, 2025}}, Mali's government said, because teachers and
    pupils could no longer reach them. The education ministry said
    [[around 2.5 million pupils|civilians;a=The education ministry]] were affected. Power cuts
    of {{up to 18 hours}} a day hit Bamako as the utility ran short of fuel for its thermal
    plants. The United States and Britain told their citizens to leave, and Washington ordered
    non-emergency staff to depart. Unicef said [[1,700 schools|other;a=Unicef]]
    had already been closed by insecurity in the centre and north before the blockade, keeping
    [[more than 500,000 children|civilians;a=Unicef]] out of class. Doctors at Bamako's
    Gabriel Touré hospital said [[four patients|killed;a=Doctors at Bamako's Gabriel Touré
    hospital]] had died when generators ran dry and that
    [[dozens of dialysis patients|civilians;a=Doctors at Bamako's Gabriel Touré hospital]] had
    been sent home.""",
)

item(
    "Drivers describe kidnappings on the road from Kayes",
    """Tanker drivers on the Kayes road say JNIM fighters stop convoys, burn the trucks and
    take drivers into the bush. Moussa, {{34}}, said he was held for {{11 days}} with
    [[14 other drivers|kidnapped;a=Moussa]] before the group let them go. He said
    [[more than 60 drivers|kidnapped;a=Moussa]] had been taken since September.
    The national drivers' union said [[nearly 200 trucks|other;a=The national drivers' union]]
    were stranded at the Diboli border post, unwilling to risk the road. The union said
    [[23 of its members|missing;a=The union;alt=The national drivers' union]] were still
    unaccounted for and that [[at least 17|killed;a=The union;alt=The national drivers'
    union]] had been killed since the blockade began. Some drivers demand
    {{500,000 CFA francs}} in danger money for a single trip.""",
)

item(
    "Three Indian nationals kidnapped at cement plant near Kayes",
    """Gunmen attacked the Diamond Cement factory near Kayes on {{July 1, 2025}} and kidnapped
    [[three Indian nationals|kidnapped;a=India's foreign ministry]], India's foreign ministry
    said. The attack was one of seven launched the same morning on towns
    in the west, including Kayes, Nioro du Sahel and Diboli, according to the army. The army
    said it had killed [[more than 80 attackers|killed;a=The army]]. JNIM claimed the
    attacks. A company official said [[about 400 workers|civilians;a=A company official]] were on
    site when the gunmen arrived, and that [[two guards|injured;a=A company official]] were
    wounded. India's embassy said it had evacuated
    [[about 30 other Indian workers|displaced;a=India's embassy]] from the region to Bamako.
    The army said [[five soldiers|killed;a=The army]] died in the attacks. India said it was in
    contact with the Malian authorities to secure the hostages'
    release.""",
)

item(
    "Emirati hostage freed after ransom, officials say",
    """An Emirati national kidnapped near Bamako in {{September 2025}} was freed after a
    ransom of about {{$50 million}} was paid, two security officials told AFP. The officials
    said [[two Iranians|kidnapped;a=The officials]] seized with him had also been released.
    JNIM is believed to hold [[at least 20 foreigners|kidnapped;a=security analysts]],
    according to security analysts, including [[two Chinese mining workers|kidnapped]] taken
    in the south-west in {{June}}. The group has released
    [[five foreign hostages|kidnapped;a=the group's media arm]] since {{January}}, the group's
    media arm said. The officials said the kidnappers had shot dead
    [[one of his bodyguards|killed;a=The officials]] during the abduction. A ransom of that
    size would fund the group's operations for
    months, one analyst said.""",
)

item(
    "Junta arrests generals over alleged coup plot",
    """Mali's junta arrested [[two generals|arrested;a=security sources]] and
    [[dozens of soldiers|arrested;a=security sources]] over an alleged plot to overthrow it,
    security sources said on {{August 10, 2025}}. The government later said
    [[a French national|arrested;a=The government;v=1]] had also been detained, accusing him of
    working for French intelligence. Paris denied the accusation. A lawyer for some of the
    accused said [[at least 40 soldiers|arrested;a=A lawyer for some of the accused]] were
    being held at the state security headquarters. Among them were officers aged
    {{35 to 50}}, he said. Rights groups said [[at least 12 relatives|arrested;a=Rights
    groups]] of the accused had also been detained, [[three of them|arrested;a=Rights
    groups;n=-]] women. In {{May 2022}}, the junta had announced it had foiled another plot
    by a small group of officers.""",
)

item(
    "Nioro du Sahel under siege as JNIM blocks roads",
    """JNIM fighters have surrounded Nioro du Sahel in western Mali, cutting off the town's
    markets and its [[estimated 35,000 residents|civilians;a=local officials;q=approx]], local officials
    said. Fighters burned [[at least 12 trucks|other;a=residents]] carrying goods to the town
    last week, residents said. The World Food Programme said it had delivered food to
    [[about 4,000 families|aid;a=The World Food Programme]] in the area by air. A local
    official said [[two villages|other;a=A local official]] nearby had been emptied and
    [[some 6,000 people|displaced;a=A local official]] had taken refuge in Nioro. [[Two schools|capacity;a=the mayor]] in the town now shelter
    displaced families, the mayor said. JNIM said it would lift the siege if the authorities stopped recruiting militias.""",
)

item(
    "Fuel price controls and rationing in Bamako",
    """The government capped the price of petrol at {{850 CFA francs}} a litre on
    {{Wednesday}} and limited each motorcycle to {{five litres}} a day, as the blockade entered
    its {{second month}}. Diesel was capped at {{820 CFA francs}}. The measures will run until
    {{December 31}}, the trade ministry said. Fuel imports fell by about {{60%}} in
    {{October}} compared with the same month of {{2024}}, according to customs data. The
    central bank of the West African monetary union said growth in Mali could fall to
    {{2.5%}} this year.""",
)

item(
    "Aid agencies say blockade leaves millions in need",
    """The UN humanitarian office said on {{Thursday}} that
    [[6.4 million people|civilians;a=The UN humanitarian office]] in Mali needed aid in
    {{2025}}, up from [[5.7 million|civilians;a=The UN humanitarian office]] a year earlier.
    The fuel blockade had forced aid agencies to suspend deliveries to
    [[about 300,000 people|aid;a=the office;alt=The UN humanitarian office]] in the Kayes and
    Koulikoro regions, the office said. The World Food Programme said it planned to reach
    [[1.2 million people|aid;p;a=The World Food Programme]] with food by the end of the year
    but had only {{30%}} of the {{$190 million}} it needed. Aid trucks were escorted in convoys of
    [[50 to 80 vehicles|aid;a=the agency;alt=The World Food Programme]], the agency said. The office said
    [[at least 1,200 schools|other;a=The office;alt=The UN humanitarian office]] remained closed
    in the affected regions.""",
)

item(
    "Bus passengers abducted and vehicles burned near Ségou",
    """Gunmen stopped [[two buses|other]] on the road between Ségou and San on {{Monday}} and
    abducted [[about 50 passengers|kidnapped;a=the transport company]], according to the
    transport company. The attackers set fire to the buses and to
    [[three lorries|other;a=witnesses]] behind them, witnesses said. By {{Wednesday}},
    [[31 of the passengers|kidnapped;a=a regional official]] had been released and
    [[19|kidnapped;a=a regional official]] remained in the hands of the kidnappers, a regional
    official said. Passengers had been travelling to the weekly market at San. In {{October 2023}}, a
    similar attack on a bus near Bandiagara killed [[31 people|killed]].""",
)

item(
    "Army says it freed hostages in raid near Ségou",
    """The Malian army said on {{Sunday}} that it had freed
    [[27 hostages|kidnapped;a=The Malian army]], including
    [[nine women and children|kidnapped;a=The Malian army;n=women and children]], in a raid on
    a JNIM camp in the Ségou region. It said [[12 terrorists|killed;a=The Malian army]]
    were killed and [[four motorbikes|other;a=The Malian army]] seized. The freed
    hostages had been held for up to {{four months}}, a statement said. Relatives said the
    captives included [[six teachers|kidnapped;a=Relatives]] seized at their school in
    {{May}}. The army said
    [[three soldiers|injured;a=The army]] were wounded in the raid.""",
)

item(
    "Gendarmerie school reopens with new intake",
    """The gendarmerie school in Faladié that was attacked in {{September 2024}} reopened on
    {{Monday}} with a new intake of [[600 trainees|other]]. The school was rebuilt
    at a cost of {{2.3 billion CFA francs}}, the security ministry said. It is designed to
    train [[up to 1,200 gendarmes|other;a=the security ministry]] a year, it said. The ministry said
    [[at least 77 trainees|killed;a=The ministry;alt=the security ministry]] had died in the
    attack, the first official figure given. It said
    [[more than 120 trainees|injured;a=the security ministry]] had been wounded and
    [[nine|missing;a=the security ministry]] were still unaccounted for. Families of the dead have received
    {{one million CFA francs}} each. Security has been reinforced with
    [[300 additional guards|combatants;a=the ministry;alt=the security ministry]], the
    ministry added.""",
)

item(
    "Jihadists kill villagers who resisted 'tax' in Ségou region",
    """JNIM fighters killed [[at least 26 people|killed;a=a local official]] in the village of
    Djiguibombo after residents refused to pay the zakat the group demands, a local official
    said on {{Tuesday}}. Residents said [[dozens of homes|housing;a=Residents]] were burned
    and [[about 300 cattle|other;a=Residents]] taken. [[Eleven people|injured]] were taken to
    the hospital in Bankass. The official said [[some 800 people|displaced;a=The official]]
    fled to neighbouring villages and [[five others|missing;a=The official]] were missing.
    Villagers had signed a local truce with the group {{two years}} earlier.""",
)

item(
    "Army and militia detain hundreds in sweep after Kati attack",
    """Security forces detained [[more than 300 people|arrested;a=rights groups]] in Kati and
    surrounding villages in the {{10 days}} after the attack on the military camp, rights
    groups said. Amnesty International said [[at least 70|arrested;a=Amnesty International]]
    were still held without charge at the end of the month, most of them
    Fulani men.
    Relatives told the group that [[four detainees|killed;a=Relatives]] had died in custody.
    The government said [[180 suspects|arrested;a=The government]] had been released after
    questioning. [[Twelve women|arrested]] were among those held. The army said
    [[some 40 soldiers and militiamen|combatants;a=The army;n=soldiers and militiamen]] had
    taken part in the sweep.""",
)
