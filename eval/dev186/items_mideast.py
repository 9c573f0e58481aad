"""Israel, Syria, Iran, Armenia and Azerbaijan: the ultra-Orthodox draft, the reservists of
October 2023, refusers, the end of Syrian conscription, returnees and child recruitment in the
north-east, Iran's absentee conscripts and the dead and the deserters of the Karabakh wars (12
texts with figures, 1 without)."""

from _wrap import item

item(
    "IDF: most Haredi draft orders go unanswered",
    """The Israel Defense Forces said on Tuesday it had issued [[3,000 call-up
    orders|other;u=other;a=The Israel Defense Forces]] to ultra-Orthodox yeshiva students since
    July, but that [[only 230|combatants;a=The Israel Defense Forces]] had reported to induction
    centres. [[About 1,100 of the others|other;n=-;a=the army;alt=The Israel Defense Forces]]
    have been declared deserters, the army said, and it plans to send [[a further 7,000
    orders|other;u=other;p;a=the army;alt=The Israel Defense Forces]] before the end of the
    year. [[Some 63,000 ultra-Orthodox men|civilians;a=the IDF]] aged {{18 to 24}} are eligible
    for service, according to the IDF, which says it needs [[about 10,000 more
    soldiers|combatants;p;a=the IDF]] to ease the burden on reservists. Military police arrested
    [[five yeshiva students|arrested]] at Ben Gurion Airport last week as they tried to fly to
    New York. The new Hasmonean Brigade, set up for Haredi recruits in {{2024}}, has enlisted
    [[about 500 soldiers|combatants]] so far.""",
)

item(
    "Israel's reservists: the largest call-up in the country's history",
    """The IDF called up [[360,000 reservists|combatants;a=The IDF]] in the {{three days}} after
    the {{October 7}} attack, about {{4%}} of Israel's population, the IDF said. [[Tens of
    thousands of Israelis|combatants]] flew home from abroad to report for duty. El Al operated
    [[more than 100 extra flights|other;a=the airline;alt=El Al]] in the first week, the airline
    said. Reservists have since served an average of {{136 days}}. The defence ministry's
    rehabilitation department says it has treated [[more than 12,000 wounded
    soldiers|injured;a=The defence ministry's rehabilitation department]] since the war began.
    Of the [[more than 890 soldiers|killed;a=the military;alt=The IDF]] killed since the war
    began, [[about 300|killed;a=the military;alt=The IDF]] were reservists, the military said.
    The Bank of Israel estimated that [[some 295,000 workers|other;a=The Bank of Israel]] were
    absent from their jobs because of reserve duty at the peak. Reservists receive compensation
    of up to {{NIS 50,000}}.""",
)

item(
    "Israeli conscientious objector jailed again",
    """Tal Mitnick, {{18}}, became the first Israeli conscientious objector to be jailed after
    the war began when a military court sentenced him to {{30 days}} in prison on Tuesday, his
    {{fourth}} term. The refusers' network Mesarvot says [[at least 12 objectors|arrested;a=The
    refusers' network Mesarvot]] have been jailed since {{2023}}. Separately, the air force
    dismissed [[several dozen reservists|other;a=the air force]] who had signed a letter
    demanding the release of hostages, the air force said. The letter carried [[about 970
    signatures|other;u=other]], among them [[two former chiefs of staff|other;n=chiefs of
    staff]]. Army figures leaked to {{Channel 12}} showed reservist turnout had fallen to about
    {{75%}} in some units. Before the war, [[about 230 high school students|other;a=organisers]]
    had signed a letter pledging to refuse the draft, organisers said.""",
)

item(
    "Haredi protesters block roads over draft arrests",
    """JERUSALEM (AP) — [[Thousands of ultra-Orthodox protesters|other]] blocked {{Highway 4}}
    near Bnei Brak on Sunday after military police arrested [[two yeshiva students|arrested]]
    who had ignored call-up orders. Police said [[11 protesters|arrested;a=Police]] were
    detained and [[four officers|injured;a=Police]] were hurt when demonstrators threw stones
    and damaged [[three police cars|other;a=Police]]. The IDF says it has issued arrest warrants
    for [[about 1,900 draft evaders|other;a=The IDF]] and detained [[57 of
    them|arrested;n=-;a=The IDF]] since January. Community leaders urged [[some 40,000
    students|other]] in their yeshivas to ignore the orders. The Attorney General has told the
    government that funding of {{NIS 430 million}} a year for yeshivas must stop.""",
)

item(
    "Syria's new rulers end compulsory military service",
    """DAMASCUS (Reuters) - Syria's new authorities said on Sunday they had ended compulsory
    military service. The old system kept [[hundreds of thousands of men|combatants]] in
    uniform, some for more than {{eight years}}. At settlement centres opened across the
    country, [[more than 35,000 former soldiers and police|other;n=soldiers and police;a=the
    interior ministry]] have handed in weapons and registered, the interior ministry said. The
    Syrian Network for Human Rights said it had documented the arrest of [[more than 2,100
    men|arrested;a=The Syrian Network for Human Rights]] in conscription raids in {{2023}}.
    Under Bashar al-Assad, men abroad could buy an exemption for {{$8,000}}, and the new army
    says it will rely on volunteers, aiming for [[about 100,000|combatants;p;a=the new army]] in
    its first year. The defence ministry said [[some 4,000 recruits|combatants;a=The defence
    ministry]] had begun training in Homs, and that [[about 1,800 officers|combatants;a=The
    defence ministry]] who defected from Assad's army had been reinstated.""",
)

item(
    "Syrian refugees leave Lebanon despite fears of the draft",
    """Lebanon's General Security said [[about 1,400 Syrians|returned;a=Lebanon's General
    Security]] had gone home in a convoy from Arsal on Tuesday, the largest return this year.
    Rights groups say [[at least 30 returnees|arrested;a=Rights groups]] were detained by Syrian
    security forces in {{2023}} for evading service. Many of the men in Lebanon's camps left
    Syria to avoid being drafted, and [[about 780,000 Syrians|displaced;a=UNHCR]] are registered
    as refugees in Lebanon, UNHCR says. Under an amnesty decreed in {{2023}}, deserters inside
    Syria had {{three months}} to turn themselves in, and those abroad {{six months}}. A
    Lebanese army raid on camps near Arsal last month led to the deportation of [[62
    Syrians|returned]], [[nine of them|returned;n=-]] wanted for military service. The army said
    it had also stopped [[about 1,100 Syrians|arrested;a=The army;alt=Lebanese army]] trying to
    enter Lebanon illegally during the month. UNHCR gave cash grants to [[about 600 returning
    families|aid;a=the agency;alt=UNHCR]], the agency said.""",
)

item(
    "UN: armed groups recruit children in north-east Syria",
    """The UN verified the recruitment and use of [[1,696 children|combatants;a=The UN]] in
    Syria in {{2023}}, [[more than 600 of them|combatants;n=-;a=The UN]] by the Kurdish-led
    Syrian Democratic Forces and affiliated groups. In the north-west, Hayat Tahrir al-Sham and
    other armed groups recruited [[more than 130 children|combatants]]. The Revolutionary Youth,
    a group linked to the SDF, took [[at least 15 girls|kidnapped;a=their families]] from their
    homes in Hasakah and Qamishli this year, their families say. The SDF said it had released
    [[38 children|other;a=The SDF]] from its ranks under a {{2019}} action plan with the UN. Its
    forces also detained [[about 70 young men|arrested;a=residents]] in Raqqa last week for the
    self-defence duty, a {{12-month}} service for men born after {{1998}}, residents said.""",
)

item(
    "Iran's absentee conscripts and the price of an exemption",
    """Iran drafts [[about 400,000 young men a year|combatants;n=men;a=the armed forces]] for
    {{18 to 24 months}} of service, according to the armed forces. Men who have avoided service
    for more than {{eight years}} can buy an exemption for up to {{1.5 billion rials}}, and
    [[about 110,000 men|other;a=the conscription organisation]] applied in {{2024}}, the
    conscription organisation said. Officials estimate there are [[more than 1 million absentee
    conscripts|other;a=Officials]]. After Israeli strikes on bases in June, officials said [[at
    least 21 conscripts|killed;a=officials]] were among the dead and
    [[dozens|injured;a=officials]] were wounded. Police said [[about 30,000 absentee
    conscripts|arrested;a=Police]] were arrested at checkpoints last year. Parents of the dead
    conscripts, most of them {{under 20}}, protested outside the parliament in Tehran.""",
)

item(
    "Armenia's dead, missing and deserters from the 2020 war",
    """YEREVAN (RFI) - Armenia's defence ministry says [[3,825 servicemen|killed;a=Armenia's
    defence ministry]] were killed in the {{44-day}} war in {{2020}}, many of them conscripts
    aged {{18 to 20}}, and that [[about 190|missing;a=Armenia's defence ministry]] are still
    missing. Prosecutors charged [[more than 1,500 soldiers|arrested;a=the Prosecutor General's
    Office]] with desertion or failure to report, the Prosecutor General's Office said. An
    amnesty passed in {{2021}} freed or dropped cases against [[about 400 of
    them|arrested;n=-]], but [[over 200 others|arrested]] are still on trial. Azerbaijan
    returned [[a dozen Armenian soldiers|other]] in a prisoner exchange in {{2023}}. When
    Azerbaijan attacked in September {{2022}}, [[207 Armenian servicemen|killed]] were killed.
    Armenia cut conscript service from {{24 months}} to {{18 months}} in {{2025}}.""",
)

item(
    "Azerbaijan's mobilisation and the Syrians sent to fight",
    """BAKU (AFP) - Azerbaijan declared a partial mobilisation on {{September 28, 2020}},
    calling up reservists born between {{1975}} and {{2002}}, and [[more than 60,000
    volunteers|other;a=the State Service for Mobilisation]] applied to join the army in the
    first days, the State Service for Mobilisation said. Baku said [[2,908
    servicemen|killed;a=Baku]] died in the war. The Syrian Observatory for Human Rights said
    Turkey had recruited [[about 2,000 Syrian fighters|combatants;a=The Syrian Observatory for
    Human Rights]] to fight for Azerbaijan, and that [[at least 540|killed;a=The Syrian
    Observatory for Human Rights]] were killed. During the {{one-day}} offensive in September
    {{2023}}, Azerbaijan lost [[192 soldiers|killed]], and [[more than 100,000 Karabakh
    Armenians|displaced]] fled to Armenia in the following week.""",
)

item(
    "Israel's military courts deal with soldiers who walked away",
    """Israel's military courts convicted [[more than 2,000 soldiers|arrested;a=the military
    advocate general]] of desertion or absence without leave in {{2024}}, the military advocate
    general said, up from [[about 1,300|arrested;a=the military advocate general]] a year
    earlier. Most were sentenced to {{20 to 45 days}} in military prison. [[About 150 of
    them|arrested;n=-;a=lawyers for the defendants]] were soldiers who had refused to return to
    Gaza after long deployments, according to lawyers for the defendants, who say [[dozens
    more|arrested;n=-;a=lawyers for the defendants]] are awaiting trial. The army's mental
    health service says it has treated [[some 9,000 soldiers|injured;a=The army's mental health
    service]] for combat stress since October {{2023}}, and [[about 1,600|other;a=The army's
    mental health service]] have been released from service on mental health grounds.""",
)

item(
    "Israel's top court ends blanket exemption for yeshiva students",
    """Israel's Supreme Court ruled unanimously on {{June 25, 2024}} that there is no legal
    basis for exempting ultra-Orthodox yeshiva students from military service. The exemption
    dates to {{1948}}, when it covered a small circle of scholars. Men aged {{18 to 26}} in
    yeshivas must now be called up, the court said, and state funding of about {{NIS 430
    million}} a year for their seminaries was frozen. Ultra-Orthodox Jews make up about {{13%}}
    of Israel's population, a share expected to reach {{16%}} by {{2030}}.""",
)
