"""Israel, Gaza, the West Bank, Lebanon, Yemen and Iran: ministry tolls, army statements,
hostages and detainees, rockets and missiles, aid and the displaced (14 texts with figures,
1 without)."""

from _wrap import item

item(
    "Gaza death toll passes 61,000 as Israeli strikes kill dozens",
    """Israeli strikes and gunfire killed [[at least 74 Palestinians|killed;a=medical
    sources]] across Gaza on Tuesday, [[36 of them|killed;n=-;a=medical sources]] near aid
    distribution points, medical sources told Al Jazeera. The Ministry of Health in Gaza said
    [[89 bodies|killed;a=The Ministry of Health in Gaza]], [[11 of them|killed;n=-;a=The
    Ministry of Health in Gaza]] recovered from under the rubble, had been brought to hospitals
    in the past {{24 hours}}, along with [[513 wounded|injured;a=The Ministry of Health in
    Gaza]]. The ministry puts the overall toll since the war began in {{October 2023}} at
    [[61,258 people|killed;a=The ministry;alt=The Ministry of Health in Gaza]] killed and
    [[152,045|injured;a=The ministry;alt=The Ministry of Health in Gaza]] wounded, figures that
    do not distinguish between civilians and combatants. The Israeli military says it has
    killed [[more than 20,000 fighters|killed;a=The Israeli military]] during the war, without
    providing evidence. Israel says [[about 1,200 people|killed;a=Israel]] were killed in the
    Hamas-led attack on southern Israel on {{October 7, 2023}}, and
    [[251|kidnapped;a=Israel]] were taken hostage. In al-Mawasi, a strike on a tent killed a
    mother and her {{three-year-old}} son, relatives said; the Israeli military said it was
    looking into the report and that it had struck a Hamas command centre in the area. Near the
    Zikim crossing in the north, crowds waiting for UN trucks came under fire at about {{6am}},
    witnesses said. Hospitals in Gaza City are running on generators, and diesel sells for more
    than {{$30}} a litre on the black market. The World Health Organization says only about half
    of Gaza's hospitals are even partly functioning. Israel resumed its offensive in March after
    a {{two-month}} truce collapsed, and talks in Doha on a new {{60-day}} ceasefire have
    stalled.
    Al Jazeera could not independently verify the casualty figures.""",
)

item(
    "Three Israeli hostages freed as Israel releases 183 Palestinian prisoners",
    """Hamas freed [[three Israeli hostages|kidnapped]] in Khan Younis on Saturday and Israel
    released [[183 Palestinian prisoners|other]] from Ofer and Ketziot prisons, in the fifth
    exchange under the ceasefire deal. According to the Israel Prison Service,
    [[18 of the prisoners|other;a=the Israel Prison Service]] were serving life sentences for
    deadly attacks, and [[111|other;a=the Israel Prison Service]] were Gazans detained during
    the war who had never been charged. The released hostages, {{aged 34, 52 and 56}}, were
    taken to Sheba Medical Center, where doctors described their condition as "poor". Their
    release leaves [[76 hostages|kidnapped]] in Gaza,
    [[at least 34 of whom|killed;n=-;a=the Israel Defense Forces]] the Israel Defense Forces
    has confirmed dead. Under the first phase of the deal,
    [[33 Israeli hostages|kidnapped;p]] are to be freed in exchange for
    [[about 1,900 Palestinian prisoners|other;p]]. The Palestinian Prisoners' Society said
    [[more than 10,000 Palestinians|arrested;a=The Palestinian Prisoners' Society]] remained in
    Israeli jails, including [[about 3,400|arrested;a=The Palestinian Prisoners' Society]]
    held without charge under administrative detention.""",
)

item(
    "Lebanon says Israeli strikes have killed 3,823 since October 2023",
    """Israeli strikes on Lebanon have killed [[at least 3,823 people|killed;a=Lebanon's health
    ministry]] and wounded [[15,859|injured;a=Lebanon's health ministry]] since cross-border
    hostilities began in {{October 2023}}, Lebanon's health ministry said on Sunday, without
    distinguishing between civilians and fighters. The ministry said
    [[33 people|killed;a=The ministry;alt=Lebanon's health ministry]] were killed on Saturday
    alone, including [[14|killed;a=The ministry;alt=Lebanon's health ministry]] in a strike on
    a residential building in central Beirut. The strike on the Basta neighbourhood came at
    about {{4am}} and flattened an {{eight-storey}} building, witnesses said; Israel did not
    say what it had targeted. The Israeli military said it had struck
    [[more than 12,500 targets|other;u=other;a=The Israeli military]] in Lebanon since
    {{September 23}} and killed [[about 2,500 Hezbollah fighters|killed;a=The Israeli
    military]]. Hezbollah, which stopped publishing its own losses in late {{2023}}, said it
    fired [[about 250 rockets and drones|other;n=rockets and drones;a=Hezbollah]] at northern
    and central Israel on Sunday. The
    International Organization for Migration says [[more than 886,000 people|displaced;a=The
    International Organization for Migration]] are displaced inside Lebanon, while Lebanese
    authorities say [[more than 500,000|displaced;a=Lebanese authorities]] have crossed into
    Syria. On the Israeli side, [[about 60,000 residents|displaced]] of the north remain
    evacuated. Israeli ground troops, who crossed the border on {{October 1}}, have advanced up
    to {{5 km}} into Lebanon in places, according to Lebanese security sources. US envoy Amos
    Hochstein was in Beirut on Tuesday to push a ceasefire proposal that would give Israel
    {{60 days}} to withdraw its forces. Lebanese officials said they had given their
    comments on the draft, but that several points remained open. Hezbollah's leader, Naim
    Qassem, said the group would accept a deal only if it ended the war completely.""",
)

item(
    "US strikes on Yemen's Ras Isa port kill 80, Houthis say",
    """US airstrikes on Yemen's Ras Isa fuel port killed [[at least 80 people|killed;a=the
    Houthi-run health ministry]] and wounded [[150 others|injured;a=the Houthi-run health
    ministry]], the Houthi-run health ministry said Friday, in the deadliest single attack of
    Washington's campaign against the rebels. US Central Command said the strikes aimed to cut
    off a source of fuel and revenue for the group; it did not give casualty figures. The
    Houthis' military spokesman, Yahya Saree, claimed the group had fired
    [[two ballistic missiles|other;a=Yahya Saree]] at Israel in response. The Israeli military
    said [[one missile|other;u=other;a=The Israeli military]] launched from Yemen had been
    intercepted. The US says it has struck [[more than 1,000 targets|other;u=other;a=The US]]
    in Yemen since {{March 15}}, killing [[hundreds of Houthi fighters|killed;a=The US]] and
    leaders, while the Houthis say most of those killed were civilians. The rebels have
    attacked [[more than 100 merchant ships|other;u=other]] since {{November 2023}}, sinking
    [[two|other;u=other]] and killing [[four sailors|killed]].""",
)

item(
    "Israeli raid on Jenin camp kills 12, Palestinian ministry says",
    """Israeli forces killed [[12 Palestinians|killed;a=the Palestinian health ministry]] and
    wounded [[at least 40|injured;a=the Palestinian health ministry]] in a raid on the Jenin
    refugee camp that began before dawn on Tuesday, the Palestinian health ministry said. The
    Israeli military said its forces had killed [[10 gunmen|killed;a=The Israeli military]] in
    air strikes and gun battles and detained [[more than 20 wanted suspects|arrested;a=The
    Israeli military]]. UNRWA said [[about 20,000 residents|displaced;a=UNRWA]] had fled the
    camp since the operation began. The army said it planned to demolish
    [[about 100 buildings|housing;p;a=The army;alt=The Israeli military]] to widen roads
    through the camp. Since {{October 2023}}, [[at least 900 Palestinians|killed;a=UN
    figures]] and [[32 Israelis|killed;a=UN figures]] have been killed in the West Bank,
    according to UN figures.""",
)

item(
    "COGAT says 220 aid trucks entered Gaza, UN says far more needed",
    """COGAT, the Israeli defence body that oversees aid to Gaza, said
    [[220 trucks|aid;a=COGAT]] of aid entered on Sunday and
    [[more than 1,200|aid;u=other;a=COGAT]] were waiting on the Gaza side to be collected by
    UN agencies. The UN says it needs [[at least 500 trucks a day|aid;p;a=The UN]] and that
    looting and Israeli restrictions on routes make collection unsafe. The Gaza Humanitarian
    Foundation, which is backed by the US and Israel, said it had distributed
    [[more than 85 million meals|aid;a=The Gaza Humanitarian Foundation]] since it began
    operating in late May. The UN human rights office said
    [[at least 1,373 Palestinians|killed;a=The UN human rights office]] had been killed while
    seeking food since then, [[859 of them|killed;n=-;a=The UN human rights office]] near the
    foundation's sites. The GHF disputes the figures. Airdrops by Jordan, the United Arab
    Emirates and others delivered [[about 120 pallets|aid]] of food on Sunday.""",
)

item(
    "New evacuation order in Khan Younis affects 250,000, UN says",
    """[[About 1.9 million people|displaced;v=1900000;a=the UN]], or {{90%}} of Gaza's
    population, have been displaced at least once since the war began, according to the UN.
    An Israeli evacuation order on Monday covering eastern Khan Younis affected
    [[an estimated 250,000 people|displaced;p;a=the UN Office for the Coordination of
    Humanitarian Affairs (OCHA)]], the UN Office for the Coordination of Humanitarian Affairs
    (OCHA) said. [[Some 100,000|displaced;a=the office;alt=the UN Office for the Coordination
    of Humanitarian Affairs (OCHA)]] had left within {{48 hours}}, the office said. Evacuation
    orders now cover about {{86%}} of the strip. The displaced are crowding into the coastal
    al-Mawasi area, where [[more than 1 million people|displaced;a=the UN]] now shelter in
    tents, the UN says. UNRWA says [[more than 300 of its staff|killed;a=UNRWA]] have been
    killed since {{October 2023}}. The agency said [[more than 2,000 displaced
    people|displaced;a=The
    agency;alt=UNRWA]] had crowded into its Khan Younis training centre overnight, and that
    [[18 of its shelters|capacity;a=The agency;alt=UNRWA]] in the south were still open.""",
)

item(
    "Hezbollah fires 30 rockets at Galilee panhandle; two lightly hurt",
    """Hezbollah fired [[some 30 rockets|other;a=the Israel Defense Forces]] at the Galilee
    panhandle on Tuesday afternoon, the Israel Defense Forces said, with
    [[five|other;u=other;a=the Israel Defense Forces]] intercepted and the rest falling in open
    areas. Magen David Adom said [[two men|injured;a=Magen David Adom]] were lightly hurt by
    shrapnel in Kiryat Shmona. The terror group claimed the barrage in a statement, saying it
    targeted an army base in response to Israeli strikes that killed
    [[three of its operatives|killed;a=The terror group;alt=Hezbollah]] in southern
    Lebanon.""",
)

item(
    "Three soldiers killed in southern Gaza, IDF announces",
    """The Israel Defense Forces announced on Wednesday the deaths of
    [[three soldiers|killed;a=The Israel Defense Forces]] killed when an explosive device
    detonated next to their armored vehicle in southern Gaza. The soldiers, {{aged 19 to
    21}}, served in the {{7th}} Armored Brigade. [[Two other soldiers|injured;a=the
    military;alt=The Israel Defense Forces]] were seriously wounded in the blast, the military
    said. The military said [[four suspects|arrested;a=The military;alt=The Israel Defense
    Forces]]
    were detained in a search of nearby buildings after the blast. Their deaths bring the toll
    in the ground offensive against Hamas to
    [[405|killed;a=military figures]], and the number of soldiers killed since the Hamas-led
    attack of {{October 7, 2023}}, to [[845|killed;a=military figures]], according to military
    figures. The military says [[more than 2,600 soldiers|injured;a=The military;alt=The
    Israel Defense Forces]] have been wounded in the Gaza ground operation.""",
)

item(
    "Israel holding more than 10,800 Palestinians, prisoners' groups say",
    """Israeli forces have detained [[at least 16,400 Palestinians|arrested;a=Palestinian
    prisoners' groups]] in the occupied West Bank, including East Jerusalem, since
    {{October 2023}}, among them [[about 510 women|arrested;a=Palestinian prisoners' groups]]
    and [[1,400 children|arrested;a=Palestinian prisoners' groups]], Palestinian prisoners'
    groups said on Monday. According to the Palestinian Prisoners' Society and the Commission of
    Detainees' Affairs, [[more than 10,800 Palestinians|arrested;a=the Palestinian Prisoners'
    Society and the Commission of Detainees' Affairs]] were being held in Israeli prisons at the
    start of July. Of these, [[3,629|arrested]] are administrative detainees held without
    charge or trial, and [[2,454|arrested]] are held under a law on "unlawful combatants" that
    Israel applies to detainees from Gaza. Israel's prison service does not publish a
    breakdown. [[At least 73 Palestinians|killed;a=the groups;alt=Palestinian prisoners'
    groups]] have died in Israeli custody since the war began, the groups say.""",
)

item(
    "Iran fired some 550 ballistic missiles at Israel during 12-day war, officials say",
    """Iran fired [[about 550 ballistic missiles|other;a=Israeli officials]] and
    [[roughly 1,000 drones|other;a=Israeli officials]] at Israel during the {{12-day}} war,
    Israeli officials said on Wednesday, and air defences intercepted {{about 86%}} of the
    missiles. [[Twenty-eight people|killed;a=Israeli authorities]] were killed in Israel and
    [[more than 3,000|injured;a=Israeli authorities]] were treated in hospitals, Israeli
    authorities said. Israel's Home Front Command said [[some 9,000 people|displaced;a=Israel's
    Home Front Command]] had been left homeless by missile impacts. Iran's health ministry said
    Israeli strikes killed [[627 people|killed;a=Iran's health ministry]] in Iran. HRANA, a
    US-based rights group, put the toll at [[1,190|killed;a=HRANA]], including
    [[436 civilians|killed;a=HRANA]] and [[435 members|killed;a=HRANA]] of the security forces.
    The Israeli military said it had struck
    [[more than 900 targets|other;u=other;a=The Israeli military]] in Iran.""",
)

item(
    "Mediators resume Gaza truce talks in Cairo",
    """Egyptian and Qatari mediators resumed talks in Cairo on Monday on a {{60-day}} truce in
    Gaza, based on a framework first set out on {{May 31, 2024}}, and endorsed by Security
    Council Resolution {{2735}}. The session opened at {{10am}} and was expected to run late
    into the night, an Egyptian official said. Hamas wants Israel to withdraw to the lines it
    held before {{March 2}}, while Israel insists on keeping troops along the border with
    Egypt. Neither side's delegation commented as it arrived.""",
)

item(
    "Famine confirmed in Gaza City, hunger monitor says",
    """The Integrated Food Security Phase Classification (IPC) said on Friday that famine was
    occurring in Gaza City and that [[514,000 people|civilians;a=The Integrated Food Security
    Phase Classification (IPC)]] across the strip faced catastrophic hunger, a number it
    expected to rise to [[641,000|civilians;p;a=The Integrated Food Security Phase
    Classification (IPC)]] by the end of September. The Gaza health ministry said
    [[eight more people|killed;a=The Gaza health ministry]], including
    [[three children|killed;a=The Gaza health ministry]], had died of malnutrition in the past
    {{24 hours}}, bringing the total to [[281|killed;a=The Gaza health ministry]], among them
    [[114 children|killed;a=The Gaza health ministry]]. UNICEF said
    [[more than 12,000 children|injured;a=UNICEF]] were admitted for treatment of acute
    malnutrition in July, the highest monthly figure on record. Israel's COGAT rejected the
    finding, saying it relied on partial data, and said [[2,150 trucks|aid;a=Israel's
    COGAT]] of food had entered the strip in the past week.""",
)

item(
    "Displaced Lebanese head south as ceasefire takes hold",
    """[[Tens of thousands of displaced Lebanese|returned]] headed back to southern Lebanon on
    Wednesday as a ceasefire between Israel and Hezbollah took effect, clogging the coastal
    highway from Beirut. The International Organization for Migration said
    [[about 180,000|returned;a=The International Organization for Migration]] had crossed back
    from Syria in the first days. The Lebanese army said it would deploy
    [[at least 5,000 troops|combatants;p;a=The Lebanese army]] in the south, as the deal
    requires. Israel's military warned residents not to return to
    [[more than 60 villages|other;a=Israel's military]] near the border, and said its troops
    would stay at [[five hilltop positions|other;a=Israel's military]] after the deadline for
    withdrawal. Under the deal, Israeli forces are to withdraw within {{60 days}}. Lebanon's
    health ministry said Israeli fire killed [[two people|killed;a=Lebanon's health ministry]]
    in Markaba on Thursday and wounded [[three others|injured;a=Lebanon's health ministry]]
    who had gone back to check on their homes. The World Bank estimates that
    [[about 99,000 housing units|housing;a=The World Bank]] were damaged or destroyed in
    Lebanon during the war.""",
)

item(
    "Houthis sink second ship in a week, three crew killed",
    """Yemen's Houthi rebels attacked the Liberian-flagged bulk carrier Eternity C with drones,
    rocket-propelled grenades and speedboats off Hodeidah, killing
    [[at least three crew members|killed;a=the European Union's naval mission]], the European
    Union's naval mission said. The ship had [[22 crew members|other]] and
    [[three security guards|other]] on board; [[six|other;a=the mission;alt=the European
    Union's naval mission;alt=Aspides]] had been rescued by
    Thursday, the mission, known as Aspides, said. Houthi military spokesman Yahya Saree
    claimed the group had sunk the vessel and taken some of the crew to a "safe location". The
    group said it also sank the Magic Seas {{two days}} earlier, after its
    [[19 crew members|other]] had abandoned ship and been picked up by a passing vessel. The
    Houthis have attacked [[more than 100 merchant ships|other;u=other;a=the US Maritime
    Administration]] since {{November 2023}}, according to the US Maritime Administration,
    and had paused their attacks during the Gaza ceasefire earlier this year.""",
)
