"""Fact-checks of claimed tolls and counts, where sources disagree and the text says who gave
which, 2015-2025 (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Fact check: Hurricane Maria killed far more than 64 people",
    """CLAIM: A post shared widely on Facebook says Hurricane Maria killed only
    [[64 people|killed;a=A post shared widely on Facebook]] in Puerto Rico and that higher
    figures were "made up".

    THE FACTS: Puerto Rico's government did put the toll at
    [[64|killed;a=Puerto Rico's government]] for almost a year after the storm struck on
    {{20 September 2017}}. That count included only deaths certified as directly caused by the
    storm. In {{August 2018}} the government adopted the estimate of a study by George Washington
    University, which found that [[2,975 people|killed;a=George Washington University]] died as a
    result of the storm in the {{six months}} after it hit. A separate household survey by
    Harvard researchers estimated [[4,645 excess deaths|killed;a=Harvard researchers]], with a
    wide margin of error: [[between 793 and 8,498|killed;a=Harvard researchers]]. The original
    figure of [[64|killed]] is no longer used by any official body. [[About 130,000
    people|displaced]] left the island
    for the US mainland in the year after the storm.""",
)

item(
    "Are nine in ten Channel crossers young men?",
    """Claim: "{{Nine in ten}} people crossing the Channel in small boats are young men," a
    Conservative MP said in a radio interview.

    Verdict: Broadly right for {{2022}}, but the share has fallen since.

    Home Office figures show [[45,774 people|displaced;a=Home Office]] arrived in the UK by
    small boat in {{2022}}, the highest number on record, and that {{87%}} of them were male. In
    {{2023}}, the Home Office recorded [[29,437 arrivals|displaced;a=the Home Office]], and the
    share of women and children rose. [[About 12,000 Albanians|displaced]] crossed in {{2022}},
    {{28%}} of the total, but very few since. French rescuers say they pulled
    [[more than 5,000 people|other;a=French rescuers]] from the water or from failing boats
    that year. [[At least 78 people|killed;a=the IOM]] died
    trying to cross in {{2024}}, according to the IOM, the most in a single year.""",
)

item(
    "Fact Check: Video of flooded runway is not Dubai airport",
    """A video of aircraft taxiing through floodwater, shared on X and TikTok since {{16 April}},
    claims to show Dubai International Airport after the storm that dropped more than a year's
    rain on the United Arab Emirates in {{24 hours}}. The clip is older. A reverse image search
    shows it was first posted on {{12 June 2022}}, and the terminal buildings match Guangzhou
    Baiyun airport in China. Dubai's airport did flood on {{16 April}}: the authorities said
    {{142mm}} of rain fell there in less than a day, and flights were disrupted for
    {{48 hours}}. But the planes in the viral video carry Chinese airline liveries, and a
    timestamp in the corner reads {{00:47}}.""",
)

item(
    "Fact check: Why Sri Lanka cut the Easter bombing toll",
    """Posts circulating on WhatsApp claim the government "hid" victims of the {{21 April}}
    Easter Sunday bombings by lowering the death toll. On {{24 April}}, police gave a toll of
    [[359|killed;a=police]]. A day later, the health ministry revised it down to
    [[253|killed;a=the health ministry]], saying some badly damaged remains had been counted
    more than once. The figure of [[359|killed]] was never an official count of identified
    bodies. The revised toll has not changed since, and a presidential commission used it in
    its {{2021}} report. [[Forty-two foreigners|killed]] were among the dead, and
    [[about 500 people|injured]] were wounded. Police said they had arrested
    [[more than 100 people|arrested;a=Police]] by early May.""",
)

item(
    "Fact check: Have 40,000 Syrians gone home from Lebanon?",
    """Lebanon's minister for the displaced said on television that
    [[40,000 Syrians|returned;a=Lebanon's minister for the displaced]] had gone home from
    Lebanon in the month after Assad's fall. The UN refugee agency's count is lower: UNHCR says
    it verified [[about 28,000 returns|returned;a=UNHCR]] through official crossings over the
    same period. The [[40,000|returned;a=a ministry official]] also includes people who used
    unofficial routes, a ministry official told AFP. The two also disagree on how many Syrians
    are in Lebanon at all. The government says [[about 1.5 million|displaced;a=The
    government]], while UNHCR's figure is [[about 755,000|displaced;a=UNHCR]], because it
    stopped registering new arrivals in {{2015}} at the government's request.""",
)

item(
    "BBC Verify: What do we know about Russian and Ukrainian military deaths?",
    """Ukraine's general staff says Russia has lost
    [[more than 1 million troops|killed;a=Ukraine's general staff]], a figure it updates every
    morning. The count includes the wounded as well as the dead, and cannot be checked
    independently. BBC Russian and the independent outlet Mediazona, working from obituaries,
    social media posts and cemeteries, have identified
    [[more than 125,000 Russian soldiers|killed;a=BBC Russian and the independent outlet
    Mediazona]] killed by name, and estimate that this is between {{45%}} and {{65%}} of the
    real number. Russia's defence ministry has not updated its own figure since
    {{September 2022}}, when it said [[5,937 soldiers|killed;a=Russia's defence ministry]] had
    died. President Volodymyr Zelensky said in {{February 2025}} that
    [[more than 46,000 Ukrainian soldiers|killed;a=President Volodymyr Zelensky]] had been
    killed and [[about 380,000|injured;a=President Volodymyr Zelensky]] wounded. UALosses, a
    volunteer project that collects names, lists [[more than 70,000 dead|killed;a=UALosses]].""",
)

item(
    "DW Fact check: Did two million refugees arrive in Germany in 2015?",
    """Claim: "In {{2015}} alone, [[two million refugees|displaced;v=2000000;a=a post on X]] came
    to Germany," says a post on X.

    DW Fact check: False.

    The interior ministry initially reported
    [[about 1.1 million asylum seekers|displaced;a=The interior ministry]] registered in its
    EASY system in {{2015}}, but in {{2016}} corrected that to
    [[890,000|displaced;a=The interior ministry]], because many people had been registered twice
    or had moved on to other countries. At the peak, in {{October 2015}},
    [[up to 10,000 people a day|displaced;a=federal police]] crossed from Austria into Bavaria,
    according to federal police. Formal asylum applications, which lag behind arrivals,
    numbered [[476,649|other;u=other;a=the Federal Office for Migration and Refugees (BAMF)]] in
    {{2015}}, the Federal Office for Migration and Refugees (BAMF) says; in {{2016}}, they
    reached [[745,545|other;u=other;a=the Federal Office for Migration and Refugees (BAMF)]].""",
)

item(
    "Is Gaza's death toll reliable?",
    """Is the Gaza health ministry's death toll reliable? By mid-June {{2024}}, the ministry had
    recorded [[37,396 deaths|killed;a=the ministry;alt=the Gaza health ministry]]. It also reported
    [[more than 85,000 injured|injured;a=the Gaza health ministry]]. Independent
    analyses have broadly supported it. Researchers writing in The Lancet estimated
    [[64,260 traumatic deaths|killed;a=Researchers writing in The Lancet]] by {{30 June 2024}},
    suggesting the ministry had undercounted by {{about 41%}}. A much-quoted figure of
    [[186,000|killed;p;a=a separate letter to the journal]] came from a separate letter to the
    journal, which said the eventual toll, counting indirect deaths, could reach that number.
    Israel's military says [[about 17,000 militants|killed;a=Israel's military]] were among the
    dead, a figure it has not backed with evidence. By June, [[28,185|killed]] of the dead had
    been identified by name and ID number.""",
)

item(
    "Fact check: Competing claims after the India-Pakistan strikes",
    """Both sides made sweeping claims after India struck targets in Pakistan and
    Pakistan-administered Kashmir on {{7 May}}. India's military said its strikes on
    [[nine sites|other;a=India's military]] killed
    [[more than 100 terrorists|killed;a=India's military]]; it has published no names.
    Pakistan's military said [[40 civilians|killed;a=Pakistan's military]] were killed in the
    strikes and in shelling along the Line of Control, and that it had shot down
    [[five Indian jets|other;u=other;a=Pakistan's military]]. India has acknowledged "losses"
    without
    giving a number. Indian officials said [[at least 16 civilians|killed;a=Indian officials]]
    were killed by Pakistani shelling in Poonch district. Reuters confirmed the deaths of
    [[at least 11 people|killed;a=Reuters]] at one of the struck sites, in Muzaffarabad, from
    hospital records and interviews with relatives.""",
)

item(
    "How do we know how many Uyghurs were detained?",
    """China has never published figures for the facilities it calls vocational education and
    training centres. The most cited estimate, that [[more than 1 million people|arrested;a=the
    researcher Adrian Zenz]] were held at the peak, comes from the researcher Adrian Zenz, based
    on leaked documents and government procurement records; he later raised it to
    [[up to 1.8 million|arrested;a=the researcher Adrian Zenz]]. A UN committee said in {{2018}}
    it had
    received credible reports that [[over a million|arrested;v=1000000;q=at_least;a=A UN
    committee]] Uyghurs and other Muslims were being held. The Australian Strategic Policy
    Institute has used satellite images to identify
    [[more than 380 suspected detention facilities|other;a=The Australian Strategic Policy
    Institute]]. The Xinjiang Police Files, leaked in {{2022}}, include photographs of
    [[more than 2,800 detainees|arrested;a=The Xinjiang Police Files]].""",
)

item(
    "Fact check: Lahaina's missing children were not 'covered up'",
    """Claim: Viral posts say [[more than 1,000 children|missing;a=Viral posts]] went missing
    in the Lahaina fire and that officials are hiding what happened to them.

    Facts: In the first days after the fire, officials said
    [[1,000 to 1,100 people|missing;a=officials]] were unaccounted for, based on calls to a
    hotline, not children alone. The FBI's first published list, on {{24 August}}, had
    [[388 names|missing;a=The FBI]], and it included [[no more than a dozen minors|missing;a=The
    FBI]].
    By {{October}} the FBI's list was down to [[66|missing;a=the FBI]], as people turned up
    alive or were
    identified among the dead. Maui County puts the final toll at
    [[102|killed;a=Maui County]].""",
)

item(
    "Why does nobody agree on how many have died in Syria?",
    """How many people have died in Syria's war? It depends on who you ask, and what they count.
    The Syrian Observatory for Human Rights, a UK-based monitor, says
    [[more than 500,000 people|killed;a=The Syrian Observatory for Human Rights]] have been
    killed since {{March 2011}}, including some it cannot name. The UN human rights office,
    using stricter rules, documented [[306,887 civilian deaths|killed;a=The UN human rights
    office]] in the conflict's first {{ten years}}, {{about 1.5%}} of the pre-war population.
    The Syrian Network for Human Rights counts
    [[more than 230,000 civilians|killed;a=The Syrian Network for Human Rights]] by name. The
    Observatory's total is higher partly because it counts fighters: the Observatory says
    [[about 170,000|killed;a=the Observatory;alt=The Syrian Observatory for Human Rights]] of its
    dead were combatants on all sides. Few of these counts include the
    [[more than 100,000 people|missing;a=the UN]] whom the UN says remain unaccounted for after
    disappearing into detention.""",
)

item(
    "Fact check: No, Brazil's flood deaths are not being hidden",
    """Posts on WhatsApp claim that [[more than 1,000 bodies|killed;a=Posts on WhatsApp]] are
    being hidden in refrigerated trucks in Canoas, one of the cities worst hit by the floods in
    Rio Grande do Sul. The state civil defence has confirmed
    [[183 deaths|killed;a=The state civil defence]], with [[27 people|missing;a=The state civil
    defence]] still missing. The refrigerated truck in the photos, parked outside a hospital,
    was used to store donated food, the city said. Rescuers brought
    [[more than 77,000 people|other;a=the state government]] to safety, the state government
    says. At the height of the flooding in {{May}},
    [[more than 580,000 people|displaced;a=the civil defence]] were forced from their homes,
    according to the civil defence.
    [[About 80,000|displaced]] were staying in
    [[more than 800 shelters|capacity]].""",
)

item(
    "Fact check: Ten years after Sinjar, many Yazidi captives have come home",
    """A post shared widely on Facebook to mark ten years since the Islamic State group's assault
    on Sinjar says none of [[the 6,417 Yazidis|kidnapped;a=A post shared widely on Facebook]]
    abducted in {{August 2014}} has come home. That is false. The office for Yazidi abductees in
    the Kurdistan region says [[3,580 people|kidnapped;a=The office for Yazidi abductees in the
    Kurdistan region]] have been rescued or freed, among them
    [[about 1,200 women|kidnapped;a=The office for Yazidi abductees in the Kurdistan region]].
    [[Some 2,600|missing;a=the office;alt=The office for Yazidi abductees in the Kurdistan
    region]] are still missing, the office says. Iraqi authorities say they have found
    [[more than 80 mass graves|other;u=other;a=Iraqi authorities]] around Sinjar.
    [[About 200,000 Yazidis|displaced]] still live in camps in the Kurdistan region.""",
)

item(
    "Full Fact: Are half of Yemen's young children malnourished?",
    """Claim: "Half of Yemen's children are starving," a campaign video says.

    Verdict: Exaggerated. UNICEF says [[2.2 million children|civilians;a=UNICEF]] under five are
    acutely malnourished, [[about 540,000|civilians;a=UNICEF]] of them severely. That is roughly
    {{two in five}} children in that age group, not half. The "half" figure comes from a
    {{2018}} survey of the worst-hit districts of Hodeidah and Hajjah. UNICEF says its partners
    treated [[about 420,000 children|injured;a=UNICEF]] for severe acute malnutrition last
    year. Across the country, [[17.6 million people|civilians;a=the UN]] do not have enough to
    eat, according to the UN. The World Food Programme says it reached
    [[about 3.6 million people a month|aid;a=The World Food Programme]] in {{2024}}, down from
    [[13 million|aid;a=The World Food Programme]] in {{2019}}, because of funding cuts.""",
)

item(
    "Fact check: The ceasefire was not broken 'within minutes'",
    """Posts say the Gaza ceasefire was broken "within minutes" of taking effect. The truce was
    due to start at {{8:30am}} on {{19 January}}, but was delayed by nearly {{three hours}}
    while Hamas handed over a list of names. Strikes reported by Gaza's civil defence at
    {{6:15am}} and {{7:40am}} came before the original start time, and a strike at {{10:50am}}
    came before the delayed one. No strikes were reported in the first {{24 hours}} after the
    ceasefire began at {{11:15am}}. The first phase was set to last {{42 days}}.""",
)
