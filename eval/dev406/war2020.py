"""Items of eval/dev406: the 2020 war over Nagorno-Karabakh and its aftermath, 2020-2022 (tolls,
captives, the missing, the first returns, mines, the September 2022 border fighting)."""

from _wrap import item

item(
    "Armenia raises military toll of 2020 war to 3,825",
    """YEREVAN, {{March 3, 2021}} (Reuters) - Armenia's defence ministry has raised its count of
    servicemen killed in last autumn's war with Azerbaijan over Nagorno-Karabakh to
    [[3,825|killed;a=Armenia's defence ministry]], after forensic experts identified more remains
    recovered from areas now under Azerbaijani control. The ministry said [[187
    servicemen|missing;a=The ministry;alt=Armenia's defence ministry]] were still listed as missing
    and that search teams working alongside the International Committee of the Red Cross had brought
    back [[1,682 bodies|killed;a=The ministry;alt=Armenia's defence ministry]] since the ceasefire
    of {{November 10}}. Armenia's health ministry separately puts the number of civilians killed in
    Karabakh at [[85|killed;a=Armenia's health ministry]]. [[More than 11,000 soldiers|injured;a=the
    defence ministry;alt=Armenia's defence ministry]] were wounded during the {{44 days}} of
    fighting, the defence ministry added. Azerbaijan, which says it lost [[2,908
    soldiers|killed;a=Azerbaijan]], has not updated its figure since {{December}}. The truce,
    brokered by Moscow, brought [[1,960 Russian peacekeepers|combatants]] into the region for an
    initial {{five years}}.""",
)

item(
    "Azerbaijan says 93 civilians killed in Karabakh war",
    """BAKU, {{November 20, 2020}} (AFP) - Azerbaijan's Prosecutor General's Office said on Friday
    that [[93 civilians|killed;a=Azerbaijan's Prosecutor General's Office]] had been killed and
    [[454|injured;a=Azerbaijan's Prosecutor General's Office]] wounded by Armenian shelling and
    missile fire during the {{six weeks}} of fighting over Nagorno-Karabakh. The worst single attack
    came in Ganja, the country's second city, where a missile flattened a row of houses on {{October
    17}}, killing [[15 people|killed]], among them [[four children|killed]]. The office said [[3,410
    private houses|housing;a=The office;alt=Azerbaijan's Prosecutor General's Office]] and [[512
    apartment buildings|housing;a=The office;alt=Azerbaijan's Prosecutor General's Office]] had been
    damaged or destroyed, most of them in the Tartar, Aghdam and Barda districts. In Tartar, where
    local officials say [[about 100 shells a day|other;a=local officials]] fell at the height of the
    fighting, [[some 12,000 residents|displaced;a=local officials]] left for relatives' homes in
    Baku and Mingachevir.""",
)

item(
    "Half of Karabakh's people have fled, ombudsman says",
    """STEPANAKERT, {{October 22, 2020}} - [[An estimated 90,000 people|displaced;a=Artak
    Beglaryan]], about {{60%}} of Nagorno-Karabakh's population, have fled their homes since the
    fighting began on {{September 27}}, the enclave's human rights ombudsman, Artak Beglaryan, said
    on Thursday. Most have crossed into Armenia. Armenia's government says it is housing [[more than
    40,000|displaced;a=Armenia's government]] of them in hotels, schools, sanatoriums and private
    homes. In Stepanakert, where shelling has damaged [[hundreds of buildings|housing;a=Beglaryan]],
    [[several thousand residents|civilians;a=Beglaryan]] are sleeping in basements, Beglaryan said.
    He said [[at least 37 civilians|killed;a=Beglaryan]] had been killed and
    [[108|injured;a=Beglaryan]] wounded across the territory. The International Committee of the Red
    Cross (ICRC) said it had delivered [[4,000 blankets|aid;a=The International Committee of the Red
    Cross (ICRC)]] and [[1,500 hygiene kits|aid;a=The International Committee of the Red Cross
    (ICRC)]] to displaced families in Stepanakert and Shushi, and called on both sides to spare
    civilians.""",
)

item(
    "Dozens of Armenians still held captive in Azerbaijan, ombudsman says",
    """YEREVAN, {{February 9, 2021}} - Armenia's human rights defender, Arman Tatoyan, said on
    Tuesday that [[at least 72 Armenians|kidnapped;a=Arman Tatoyan]] captured during and after last
    year's war were still held in Azerbaijan, [[about 20|kidnapped;a=Arman Tatoyan]] of them
    civilians. The largest group, [[more than 60 soldiers|kidnapped]], was taken captive in
    {{mid-December}}, {{five weeks}} after the ceasefire, when Azerbaijani troops surrounded the
    villages of Hin Tagher and Khtsaberd in the Hadrut district. Baku calls the men saboteurs and
    says they are not covered by the truce's clause on prisoners. Tatoyan said videos posted online
    showed the abuse of [[at least 19 captives|kidnapped;a=Tatoyan]]. Prisoners have been swapped
    only once, on {{December 14}}, when [[44 Armenians|other]] were flown home from Baku in exchange
    for [[12 Azerbaijanis|other]]. Relatives of [[some 200 missing servicemen|missing]] have blocked
    the road outside the government building in Yerevan every week since {{January}}.""",
)

item(
    "Refugees return to Stepanakert under Russian escort",
    """STEPANAKERT, {{November 28, 2020}} (Reuters) - Russian peacekeepers escorted [[about 1,300
    refugees|returned;a=the Russian defence ministry]] back to Nagorno-Karabakh from Armenia on
    Saturday, the Russian defence ministry said, in the first organised return since the truce. The
    refugees travelled in a convoy of [[22 buses|other]] from Yerevan through the Lachin corridor.
    The ministry says [[more than 25,000 people|returned;a=The ministry;alt=the Russian defence
    ministry]] have now come back. The peacekeeping force of [[1,960 troops|combatants]] has set up
    [[23 observation posts|other;u=structure]] along the line of contact. Karabakh officials say
    [[around 40,000 people|displaced;a=Karabakh officials]] cannot go home because their towns,
    including Hadrut and Shushi, are now held by Azerbaijan. Many returnees found their flats
    without windows or heating; [[at least 600 homes|housing;a=the city's mayor]] in Stepanakert
    were damaged by shelling, the city's mayor said.""",
)

item(
    "Azerbaijan publishes names of 2,783 servicemen killed in war",
    """BAKU, {{December 3, 2020}} - Azerbaijan's defence ministry on Thursday published the names of
    [[2,783 servicemen|killed;a=Azerbaijan's defence ministry]] killed in the {{44-day}} war with
    Armenia and said [[more than 100 others|missing;a=Azerbaijan's defence ministry]] were still
    missing. The ministry said [[1,245 wounded soldiers|injured;a=The ministry;alt=Azerbaijan's
    defence ministry]] were still in hospital, [[about 300|injured;a=The ministry;alt=Azerbaijan's
    defence ministry]] of them in Turkey. The toll was later raised to [[2,908|killed]] as more
    bodies were recovered from the mountains of Kalbajar and Lachin. President Ilham Aliyev has
    promised flats to [[more than 3,000 families|aid;p;a=President Ilham Aliyev]] of fallen
    servicemen by the end of {{2022}}. The YASHAT Foundation, set up to support them, said it had
    paid compensation to [[2,150 families|aid;a=The YASHAT Foundation]] by mid-December.""",
)

item(
    "Two journalists among three killed by landmine in Kalbajar",
    """KALBAJAR, Azerbaijan, {{June 4, 2021}} - [[Two Azerbaijani journalists|killed;a=the
    prosecutor's office]] and a local official were killed on Friday when their truck hit an
    anti-tank mine near the village of Susuzlug, the prosecutor's office said, and [[four other
    passengers|injured;a=the prosecutor's office]] were wounded. It was the deadliest mine blast
    since the war ended. ANAMA, the national mine action agency, says [[at least 37
    people|killed;a=ANAMA]] have been killed and [[115|injured;a=ANAMA]] wounded by mines in the
    territories retaken from Armenian forces since {{November}}. The agency says its teams have
    cleared [[more than 18,000 mines|other;a=The agency;alt=ANAMA]] and [[9,300 unexploded
    shells|other;a=The agency;alt=ANAMA]] from {{25,000 hectares}} of land. Baku accuses Yerevan of
    withholding minefield maps; in {{March}}, Armenia handed over maps of [[97,000 mines|other]] in
    the Aghdam district in exchange for [[15 Armenian detainees|other]].""",
)

item(
    "Armenia says 207 troops killed or missing in border fighting",
    """YEREVAN, {{September 16, 2022}} (Reuters) - Armenia's defence ministry said on Friday that
    [[135 servicemen|killed;a=Armenia's defence ministry]] had been killed and [[72
    others|missing;a=Armenia's defence ministry]] were missing after {{two days}} of fighting on the
    border with Azerbaijan, the worst since the {{2020}} war. Azerbaijan's defence ministry put its
    own losses at [[80 servicemen|killed;a=Azerbaijan's defence ministry]]. Armenian officials said
    [[more than 2,700 people|displaced;a=Armenian officials]], including [[1,437
    children|displaced;a=Armenian officials]], had been evacuated from Jermuk and villages in the
    Syunik and Gegharkunik provinces. Shelling damaged [[192 homes|housing;a=the territorial
    administration ministry]], a hotel and a power line, the territorial administration ministry
    said, and killed [[three civilians|killed;a=the territorial administration ministry]]. The
    European Union said it would send [[up to 40 monitors|other;p;a=The European Union]] to the
    Armenian side of the border for {{two months}}.""",
)

item(
    "Karabakh population back near pre-war level, local authorities say",
    """STEPANAKERT, {{July 14, 2021}} - The de facto authorities in Stepanakert say [[about 120,000
    people|civilians;a=The de facto authorities in Stepanakert]] now live in the part of
    Nagorno-Karabakh patrolled by Russian peacekeepers, nearly as many as before last year's war.
    Officials said [[some 28,000|displaced;a=Officials]] of them had been driven from Hadrut, Shushi
    and other areas now held by Azerbaijan and were living with relatives or in temporary housing.
    Russia's peacekeeping command says [[about 53,000 refugees|returned;a=Russia's peacekeeping
    command]] have come back from Armenia since {{November}}. The local government plans to build
    [[3,400 apartments|housing;p;a=The local government;alt=The de facto authorities in
    Stepanakert]] by the end of {{2023}}; [[620 homes|housing]] have been finished so far. Armenia's
    government says it has paid a {{one-off}} grant of {{300,000 drams}} to [[about 36,000
    people|aid;a=Armenia's government]] who lost their homes.""",
)

item(
    "ICRC: more than 4,700 still missing from Karabakh wars",
    """GENEVA, {{August 30, 2022}} - [[More than 4,700 people|missing;a=the International Committee
    of the Red Cross]] remain unaccounted for from the conflicts over Nagorno-Karabakh, the
    International Committee of the Red Cross said on Tuesday, the International Day of the
    Disappeared. Baku's State Commission on Prisoners of War, Hostages and Missing Persons lists
    [[3,890 Azerbaijanis|missing;a=Baku's State Commission on Prisoners of War, Hostages and Missing
    Persons]], most of them from the war of the {{1990s}}. Armenia says [[about 820 of its
    citizens|missing;a=Armenia]] are still missing, [[roughly 200|missing;a=Armenia]] of them from
    the {{2020}} war. Since the {{2020}} ceasefire, joint searches have recovered [[1,715
    bodies|killed;a=the ICRC]] from former front-line areas, the ICRC said. The organisation said it
    had collected [[2,300 DNA samples|other;u=other;a=The organisation;alt=the International
    Committee of the Red Cross]] from relatives and was supporting [[about 400 families|aid;a=The
    organisation;alt=the International Committee of the Red Cross]] with counselling.""",
)

item(
    "Three years on, Armenia's budget still carries the cost of the 2020 war",
    """Armenia plans to spend {{$1.7 billion}} on defence in {{2024}}, {{46%}} more than in {{2022}}
    and roughly double its outlay before the {{44-day}} war of {{2020}}, according to the finance
    ministry's draft budget. Defence would take about {{one-fifth}} of all spending. The draft,
    submitted on {{September 29}}, also sets aside {{72 billion drams}} ({{$186 million}}) for
    housing and social support after the exodus from Nagorno-Karabakh. The economy grew {{12.6%}} in
    {{2022}} and is forecast to expand by {{7%}} this year, the ministry said. Opposition deputies
    said the budget, the largest since independence in {{1991}}, relied on revenue that could fade
    by {{2026}}.""",
)

item(
    "Villagers burn their homes before handing Kalbajar to Azerbaijan",
    """CHAREKTAR, Nagorno-Karabakh, {{November 14, 2020}} (AP) - Villagers in Charektar set fire to
    [[at least a dozen houses|housing]] on Saturday rather than leave them to Azerbaijani forces,
    who are due to take over the Kalbajar district on Sunday under the truce that ended {{six
    weeks}} of fighting. Armenian officials said [[about 4,000 people|displaced;a=Armenian
    officials]] had left Kalbajar in recent days, joining a queue of [[hundreds of
    cars|other;a=Armenian officials]] on the mountain road to Armenia. The district's administration
    said [[some 600 families|civilians;a=The district's administration]] had lived there before the
    war. At the Dadivank monastery, [[about 100 Russian soldiers|combatants;p]] will stand guard
    once the district changes hands. Azerbaijan says [[more than 90 villages|other;p;a=Azerbaijan]]
    in Kalbajar will come under its control. Its president, Ilham Aliyev, has said [[about 60,000
    Azerbaijanis|displaced;a=Ilham Aliyev]] who fled Kalbajar in {{1993}} will be able to go
    back.""",
)

item(
    "Baku court jails Armenian soldiers captured after ceasefire",
    """BAKU, {{January 14, 2022}} - A military court in Baku on Friday sentenced [[13 Armenian
    servicemen|arrested]] to {{six years}} in prison each for illegally crossing the border and
    carrying weapons. Armenia says [[at least 38 Armenians|arrested;a=Armenia]] are being held in
    Azerbaijani custody; Baku acknowledges [[only 27|arrested;a=Baku]]. [[Ten prisoners|other]] were
    handed over to Armenia in {{December}} in a deal brokered by the European Council president,
    Charles Michel. Armenian lawyers said [[a further 26 men|arrested;a=Armenian lawyers]] captured
    in Hadrut remain in pre-trial detention. Relatives of [[about 230 men|missing]] listed as
    missing since the war held a vigil outside the EU delegation in Yerevan on the day of the
    verdict.""",
)

item(
    "Six Armenian soldiers seized on Syunik border, Yerevan says",
    """YEREVAN, {{May 27, 2021}} - Azerbaijani troops crossed the border near the village of Verin
    Shorzha and seized [[six Armenian soldiers|kidnapped;a=Armenia's defence ministry]] who were
    carrying out engineering work, Armenia's defence ministry said on Thursday. Baku said the men
    were a sabotage group that had tried to mine supply routes. Armenia's human rights defender said
    [[at least 11 Armenian civilians|kidnapped;a=Armenia's human rights defender]] had been taken
    from border areas since the end of the war, [[seven|kidnapped;a=Armenia's human rights
    defender]] of whom had since been freed. Azerbaijan's State Border Service accused Armenian
    forces of abducting [[two of its soldiers|kidnapped;a=Azerbaijan's State Border Service]] near
    Lachin in {{April}}. Residents of Verin Shorzha, a village of [[about 400 people|civilians]],
    say Azerbaijani positions now stand {{a few hundred metres}} from their orchards. Russia has
    sent [[about 30 border guards|combatants;a=the Syunik governor]] to help patrol the area, the
    Syunik governor said.""",
)

item(
    "Russia's Karabakh aid centre reports first year's work",
    """MOSCOW, {{November 9, 2021}} (TASS) - Russia's humanitarian response centre in Karabakh said
    on Tuesday that in its first year it had delivered [[more than 1,600 tonnes|aid;a=Russia's
    humanitarian response centre in Karabakh]] of food, medicines and building materials to the
    region. Its deminers, [[about 150 specialists|other;a=the centre;alt=Russia's humanitarian
    response centre in Karabakh]] from the Defence Ministry's mine action centre, have cleared
    [[24,000 explosive devices|other;a=the centre;alt=Russia's humanitarian response centre in
    Karabakh]] from {{2,200 hectares}}, the centre said. Russian engineers have also helped restore
    [[about 640 homes|housing]] and [[twelve schools|housing]] in Stepanakert and Martuni.
    Karabakh's social security ministry said [[8,200 families|aid;a=Karabakh's social security
    ministry]] whose homes were lost in the war receive a monthly payment of {{68,000 drams}}.""",
)

item(
    "Armenia and Azerbaijan agree in Prague to recognise each other's borders",
    """PRAGUE, {{October 7, 2022}} - Armenia and Azerbaijan agreed at talks in Prague late on
    Thursday to recognise each other's territorial integrity on the basis of the {{1991}} Alma-Ata
    declaration, the European Union said. The statement, issued after a {{four-hour}} meeting hosted
    by France and the EU, did not mention Nagorno-Karabakh by name. Azerbaijan covers {{86,600
    square kilometres}}, including the region, and Armenia {{29,743 square kilometres}}. A civilian
    EU mission is to start work along the border within days and stay for {{two months}}. It follows
    fighting in {{September}}, the worst since the {{44-day}} war of {{2020}}.""",
)

item(
    "Monitor says 541 Syrian fighters killed in Karabakh war",
    """BEIRUT, {{December 10, 2020}} (AFP) - [[At least 541 Syrian fighters|killed;a=the Syrian
    Observatory for Human Rights]] sent by Turkey to fight alongside Azerbaijani forces were killed
    in the war over Nagorno-Karabakh, the Syrian Observatory for Human Rights said on Thursday. The
    Britain-based monitor said [[about 2,580 fighters|combatants;a=The Britain-based monitor;alt=the
    Syrian Observatory for Human Rights]] from Turkish-backed factions in northern Syria had been
    recruited on {{three-month}} contracts, and that [[some 1,200|returned;a=The Britain-based
    monitor;alt=the Syrian Observatory for Human Rights]] had since been flown back to Syria. The
    monitor said [[dozens of wounded fighters|injured;a=The monitor;alt=the Syrian Observatory for
    Human Rights]] were being treated in hospitals in Afrin and Azaz. French President Emmanuel
    Macron said in {{October}} that [[300 jihadists|combatants;a=French President Emmanuel Macron]]
    had passed through the Turkish city of Gaziantep on their way to Karabakh. Turkey and Azerbaijan
    deny using mercenaries. In Yerevan, prosecutors have charged [[two captured Syrians|arrested]]
    with terrorism.""",
)
