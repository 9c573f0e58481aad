"""The 2020 war over Nagorno-Karabakh and its first aftermath: shelling of towns on both sides,
tolls, the displaced in Armenia, the peacekeepers, the first prisoner exchanges, the search for
the dead and the first returns (16 items, 2 without figures)."""

from _wrap import item

item(
    "Missile strike on Ganja apartment block kills civilians, Baku says",
    """GANJA, Azerbaijan (Reuters) - A missile struck a residential block in Azerbaijan's second
    city of Ganja before dawn on {{17 October}}, killing [[13 civilians|killed;a=Azerbaijan's
    Prosecutor General's Office]] and wounding [[more than 50|injured;a=Azerbaijan's Prosecutor
    General's Office]], Azerbaijan's Prosecutor General's Office said. Among the dead were [[four
    children|killed;a=the office;alt=Azerbaijan's Prosecutor General's Office]], the office
    added. Emergency officials said [[about 20 homes|housing;a=Emergency officials]] nearby were
    destroyed and [[some 160 residents|displaced;a=Emergency officials]] had been moved to a
    school and a hotel. Armenia's Defence Ministry denied firing at the city. Police said [[between 30 and 40 cars|other;a=Police]] parked nearby were wrecked. It was the
    {{third}} strike on Ganja in {{11 days}}. The city, home to [[about 330,000
    people|civilians]], lies some {{60 km}} from the front line.""",
)

item(
    "Stepanakert under fire for a sixth day as residents move into cellars",
    """STEPANAKERT (AFP) - Artillery and drone strikes hit Stepanakert for a {{sixth}} straight
    day on Friday, and the enclave's human rights ombudsman, Artak Beglaryan, said [[at least
    1,200 homes|housing;a=Artak Beglaryan]] across Nagorno-Karabakh had been damaged or destroyed
    since the fighting began on {{27 September}}. He said [[some 90,000 people|displaced;a=Artak
    Beglaryan]] had left for Armenia, out of a population he put at [[about 150,000|civilians;
    a=Artak Beglaryan]]. In the city itself, an AFP reporter counted [[dozens of
    people|displaced;a=an AFP reporter]] sheltering in the cellar of a single apartment block.
    Local officials said [[14 civilians|killed;a=Local officials]] had been killed in Stepanakert
    and [[46|injured;a=Local officials]] wounded since the start of the war. Azerbaijan says it
    targets only military positions. The power station was hit twice, leaving [[about 20,000
    residents|civilians;a=the city's utility]] without electricity, the city's utility said.""",
)

item(
    "Rocket attack on Barda market among deadliest of the war",
    """BARDA, Azerbaijan (AP) - A rocket attack on the central Azerbaijani town of Barda on
    Wednesday killed [[21 people|killed;a=Hikmet Hajiyev]] and wounded [[about 70|injured;
    a=Hikmet Hajiyev]], said Hikmet Hajiyev, foreign policy aide to President Ilham Aliyev. Human
    Rights Watch later said the rockets carried {{9N235}} cluster submunitions and were fired from
    a Smerch launcher. Azerbaijan's Prosecutor General's Office says [[91 civilians|killed;
    a=Azerbaijan's Prosecutor General's Office]] have been killed and [[more than 400|injured;
    a=Azerbaijan's Prosecutor General's Office]] wounded across the country since the war began
    {{a month}} ago. It says [[2,406 private houses|housing;a=Azerbaijan's Prosecutor General's
    Office]] have been damaged. In neighbouring Tartar district, close to the front, [[roughly
    10,000 residents|displaced;a=the district administration]] have left their homes, the district
    administration said. Those who stayed sleep in cellars and cook outside between barrages.""",
)

item(
    "Red Cross says more than 1,700 still listed as missing after Karabakh war",
    """The International Committee of the Red Cross said on Thursday it had registered [[more than
    1,700 people|missing;a=The International Committee of the Red Cross]] as missing in
    connection with the {{44-day}} war, {{four months}} after the ceasefire of {{10 November}}.
    Families in Armenia had reported [[about 1,100|missing;a=the ICRC]] of them, the ICRC said.
    Search teams working on both sides of the new line have recovered [[more than 1,400
    bodies|killed;a=Armenian officials]] since the fighting stopped, Armenian officials said, many
    from the woods around Hadrut and Jabrayil. Azerbaijan's State Commission on Prisoners of War,
    Hostages and Missing Persons said [[six Azerbaijani servicemen|missing;a=Azerbaijan's State
    Commission on Prisoners of War, Hostages and Missing Persons]] remained unaccounted for from
    the {{2020}} fighting. The organisation said it had facilitated the handover across the front
    of the remains of [[312 people|killed;a=The organisation;alt=The International Committee of
    the Red Cross]]. The ICRC has collected [[about 1,900 DNA samples|other;u=other]] from relatives. "Every family deserves an answer," said Martin Schüepp, the ICRC's regional
    director.""",
)

item(
    "Russian peacekeepers fly in as Karabakh ceasefire takes hold",
    """YEREVAN/MOSCOW (Reuters) - Russia will deploy [[1,960 troops|combatants;p;a=the Kremlin]]
    along the line of contact and the Lachin corridor for {{five years}} under the deal signed
    overnight, the Kremlin said. The force is to have [[90 armoured personnel carriers|other;p;
    u=other;n=carriers;a=the Russian Defence Ministry]] and [[380 vehicles|other;p;a=the Russian
    Defence Ministry]], the Russian Defence Ministry said. The first [[several hundred
    soldiers|combatants;a=the ministry;alt=the Russian Defence Ministry]] landed in Yerevan on
    Tuesday and drove south towards Goris, the ministry added. On Monday Azerbaijan apologised for shooting down a Russian helicopter over Armenia, killing [[two crew members|killed]]. The agreement also provides for an
    exchange of prisoners and bodies and for the return of displaced people under UNHCR
    supervision. In Yerevan, [[thousands of protesters|other]] stormed the government headquarters
    overnight, and police said [[more than 50 people|arrested;a=police]] were detained.""",
)

item(
    "First prisoner swap since ceasefire brings 44 Armenians home",
    """Armenia and Azerbaijan exchanged prisoners on Monday in the first swap since the ceasefire.
    Armenian Prime Minister Nikol Pashinyan said [[44 Armenians|other;a=Armenian Prime Minister
    Nikol Pashinyan]] had been flown to Yerevan on a Russian military aircraft, while [[12
    Azerbaijanis|other;a=Armenian Prime Minister Nikol Pashinyan]] were flown to Baku. Baku also
    handed over the remains of [[30 Armenian soldiers|killed;a=officials in Yerevan]], officials
    in Yerevan said. Baku says [[62 Armenian soldiers|arrested;a=Baku]] captured near Hadrut in
    December are not covered by the deal because they were detained after it took effect.
    Armenia's human rights defender, Arman Tatoyan, puts the number of Armenians still held at
    [[up to 200|arrested;a=Arman Tatoyan]]. He said [[at least 30 civilians|kidnapped;a=Arman
    Tatoyan]] had been taken captive from their villages, some of them elderly. The exchange
    followed {{six weeks}} of talks brokered by Moscow.""",
)

item(
    "Armenia registers 90,000 displaced from Karabakh, prepares for more",
    """YEREVAN (Reuters) - Armenia's Labour and Social Affairs Ministry said on Tuesday it had
    registered [[about 90,000 people|displaced;a=Armenia's Labour and Social Affairs Ministry]]
    who had fled Nagorno-Karabakh since the fighting began. [[More than 38,000|aid;a=the ministry;
    alt=Armenia's Labour and Social Affairs Ministry]] have already received a one-off payment of
    {{68,000 drams}}, the ministry said. Hotels in Goris, Jermuk and Yerevan have offered [[1,500
    rooms|capacity;u=other]] free of charge, and a sports complex in the capital has been turned
    into a shelter for [[about 400 people|capacity]]. UNHCR said it had flown in [[10,000
    blankets|aid;a=UNHCR]] and [[2,000 mattresses|aid;a=UNHCR]] from its stocks in Dubai. The
    ministry expects the number of displaced to pass [[100,000|displaced;p;a=The ministry;
    alt=Armenia's Labour and Social Affairs Ministry]] if the fighting goes on into November.""",
)

item(
    "Rights group documents cluster munitions used by both sides",
    """Human Rights Watch said on Friday it had documented [[11 incidents|other;u=other;a=Human
    Rights Watch]] in which cluster munitions struck populated areas during the {{2020}} war. In
    Stepanakert and Hadrut, the strikes killed [[at least seven civilians|killed;a=the group;
    alt=Human Rights Watch]] and wounded [[more than 20|injured;a=the group;alt=Human Rights
    Watch]], the group said. In Barda, Tartar and Goranboy, the group counted [[four civilian
    deaths|killed;a=the group;alt=Human Rights Watch]] from Armenian cluster strikes on top of the
    Barda market attack. Neither Armenia nor Azerbaijan has joined the {{2008}} Convention on
    Cluster Munitions. The HALO Trust estimates that [[up to 2,000 unexploded submunitions|other;
    u=other;a=The HALO Trust]] still lie in Stepanakert's streets and gardens. Its teams cleared
    {{38 hectares}} in the city in the first {{two months}} after the ceasefire.""",
)

item(
    "Azerbaijan marks Victory Day five years after capture of Shusha",
    """BAKU (AFP) - Azerbaijan marked Victory Day on {{8 November}}, the {{fifth}} anniversary of
    the capture of Shusha in {{2020}}, with a parade of troops and armour along the Baku
    seafront. President Ilham Aliyev laid a wreath at the Alley of Martyrs at {{10:00}} before
    flying to Shusha, where he opened a congress hall built at a cost of {{$45m}}. The road from
    Fuzuli to Shusha, {{101 km}} long and opened in {{2021}}, is known in Azerbaijan as the Victory
    Road. A minute of silence was observed across the country at {{12:00}}. Officials say the
    reconstruction of the regions retaken in the {{44-day}} war will take until {{2040}} and
    consume about {{5%}} of the state budget each year.""",
)

item(
    "Baku military court jails Armenian soldier for 20 years",
    """BAKU (Reuters) - A military court in Baku on Wednesday sentenced an Armenian soldier
    captured near Hadrut in {{December 2020}} to {{20 years}} in prison on charges of
    terrorism and illegally crossing the border. The defendant, {{aged 24}}, was tried under
    Articles {{214}} and {{318}} of the criminal code, and his lawyer said he would appeal within
    the {{15 days}} allowed. Armenia's Foreign Ministry called the verdict a violation of the
    ceasefire statement of {{10 November}}, which it says covers all those taken in the war. The
    hearing lasted less than {{three hours}}. Azerbaijan rejects the term prisoner of war for the
    men, saying they were detained after the end of hostilities.""",
)

item(
    "Journalists wounded as war reaches Shusha cathedral",
    """The Committee to Protect Journalists said on Thursday that [[at least seven
    journalists|injured;a=The Committee to Protect Journalists]] had been wounded covering the
    Nagorno-Karabakh war since {{27 September}}. [[Three Russian journalists|injured]] were hurt
    when the Ghazanchetsots cathedral in Shusha was struck a {{second}} time on {{8 October}}, as
    they filmed damage from the first strike hours earlier. [[Two reporters|injured]] for Le Monde were
    wounded in Martuni on the first day of the war. Azerbaijan's Press Council said [[two
    Azerbaijani journalists|injured;a=Azerbaijan's Press Council]] were hurt by shelling in
    Tartar. Baku says it has accredited [[more than 700 foreign journalists|other;a=Baku]] since
    the war began, and Armenia's government says [[about 1,200 reporters|other;a=Armenia's
    government]] have registered with its press centre. Azerbaijan's foreign ministry said it had
    taken [[about 300 foreign reporters|other;a=Azerbaijan's foreign ministry]] on escorted tours
    of shelled towns.""",
)

item(
    "Monitor says Syrian fighters recruited for Azerbaijan front",
    """The Syrian Observatory for Human Rights said on Monday that [[at least 2,000 Syrian
    fighters|combatants;a=The Syrian Observatory for Human Rights]] had been sent to Azerbaijan
    through Turkey since late September. The monitor said by mid-November [[541|killed;a=The
    monitor;alt=The Syrian Observatory for Human Rights]] of them had been killed. French President
    Emmanuel Macron said [[300 jihadist fighters|combatants;a=French President Emmanuel Macron]]
    had passed through Gaziantep on their way to Baku, a claim Turkey called baseless. Armenia
    said it had captured [[two Syrian men|arrested;a=Armenia]] in the fighting near Hadrut, and a
    Yerevan court later sentenced both to life in prison. Russia's foreign intelligence chief put
    the number of fighters from the Middle East in the zone at [[thousands|combatants;a=Russia's
    foreign intelligence chief]]. Azerbaijan denies using foreign fighters and says its army of
    [[some 67,000 troops|combatants;a=Azerbaijan]] needs none.""",
)

item(
    "Search teams return to the woods around Hadrut",
    """HADRUT, Nagorno-Karabakh (AFP) - Under escort by Russian peacekeepers, [[about 40
    rescuers|other]] from Karabakh's emergency service entered the Hadrut and Jabrayil areas again
    on Tuesday to look for the bodies of soldiers and civilians. They travelled in [[14
    vehicles|other]] and were given {{six hours}} to work before dark. The service said the teams
    had found [[23 bodies|killed;a=The service;alt=Karabakh's emergency service]] on Monday alone, most of them in ravines south of
    the town. Relatives gathered at the morgue in Stepanakert to give DNA samples. The region's
    authorities say [[at least 70 civilians|missing;a=The region's authorities]] from Hadrut are
    still unaccounted for, [[11|missing;a=The region's authorities]] of them women. "We find them
    by the smell now," said one rescuer, who asked not to be named. Since the ceasefire the service has recovered [[1,546 bodies|killed]] in all.""",
)

item(
    "Armenia raises war death toll to 3,825",
    """YEREVAN (Reuters) - Armenia's Health Ministry said on Saturday the number of Armenian
    servicemen killed in the autumn war had risen to [[3,825|killed;a=Armenia's Health Ministry]]
    as more remains were identified, up from [[3,439|killed;a=Armenia's Health Ministry]] in
    January. A further [[243 soldiers|missing;a=the ministry;alt=Armenia's Health Ministry]] are
    listed as missing, the ministry said. [[About 11,000 soldiers|injured;a=an earlier ministry estimate]] were wounded in the
    war, according to an earlier ministry estimate. [[Eighty-five civilians|killed]] were also
    killed on the Armenian side. Azerbaijan's Defence Ministry puts its own losses at [[2,908
    servicemen|killed;a=Azerbaijan's Defence Ministry]] killed and [[six|missing;
    a=Azerbaijan's Defence Ministry]] missing, and says [[100 Azerbaijani civilians|killed;
    a=Azerbaijan's Defence Ministry]] died in shelling.""",
)

item(
    "Displaced begin returning to Stepanakert under Russian escort",
    """STEPANAKERT (TASS) - [[More than 48,000 refugees|returned;a=the Russian Defence
    Ministry]] have returned to Nagorno-Karabakh from Armenia since the ceasefire, the Russian
    Defence Ministry said on {{14 December}}. Buses escorted by peacekeepers were bringing back
    [[about 1,500 people a day|returned;a=the Russian Defence Ministry]], it said. Russian deminers have cleared {{1,200
    hectares}} of land and [[2,700 explosive objects|other;u=other;a=the
    ministry;alt=the Russian Defence Ministry]], the
    ministry added. Russia's Emergencies Ministry has delivered [[1,100 tonnes|aid]] of building materials and food, and it plans to set up a camp of
    [[500 modular homes|capacity;p;a=Russia's
    Emergencies Ministry]] for those whose houses were lost. Karabakh's authorities
    say [[about 40,000 people|displaced;a=Karabakh's authorities]] cannot go back because their
    villages are now under Azerbaijani control. In Martuni, [[some 3,000 people|returned]] have come back to a town where [[about 200 houses|housing]] were damaged.""",
)

item(
    "Shelling kills two in Goranboy village, damages dozens of houses",
    """GORANBOY, Azerbaijan (APA) - Artillery fire on the village of Gervend in Goranboy district
    killed [[two civilians|killed;a=the district's executive authority]] and wounded
    [[five|injured;a=the district's executive authority]] overnight, the district's executive
    authority said on Saturday. Among the dead was a girl {{aged 14}}. Shells damaged [[about 40
    houses|housing;a=the authority;alt=the district's executive authority]], the authority said,
    and killed [[120 head of livestock|other;a=the authority;alt=the district's executive authority]]. Local residents said [[a dozen
    cars|other;a=Local residents]] had been burned out in the street. The village lies about {{12 km}} from the
    line of contact and had [[some 600 residents|civilians]] before the war. Most of them
    have now left for relatives in Ganja.""",
)
